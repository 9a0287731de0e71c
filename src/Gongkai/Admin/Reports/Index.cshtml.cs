using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Reports;
using Gongkai.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Reports;

/// <summary>Back office: a unit's draft report for a year, its checks, downloads and publication.</summary>
public sealed class AdminReportsModel(AppDbContext db, UnitAccess access, GenerateAnnualReport generate, PublishAnnualReport publish, TimeProvider time) : PageModel
{
    public List<UnitView> Units { get; private set; } = [];
    public string? Unit { get; private set; }
    public int Year { get; private set; }
    public string Scope { get; private set; } = "self";
    public ReportDocument? Document { get; private set; }
    public IReadOnlyList<CheckResult> Checks => Document?.Report is AnnualReport2021 r ? r.Checks : [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? unit, int? year, string? scope) => await LoadAsync(unit, year, scope);

    public async Task OnPostPublishAsync(string unit, int year, string? scope, string? note)
    {
        try
        {
            var view = await publish.RunAsync(unit, year, new PublishInput(scope, null, note), User);
            Message = $"已发布第{view.Edition}版。";
        }
        catch (DomainException e)
        {
            Message = e.Message;
        }
        await LoadAsync(unit, year, scope);
    }

    private async Task LoadAsync(string? unit, int? year, string? scope)
    {
        var scoped = await access.ScopedUnitIdsAsync(User);
        var ids = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        Units = [.. (await UnitsApi.ListAsync(db)).Where(u => scoped.Contains(ids[u.Code]))];
        Unit = unit ?? Units.FirstOrDefault()?.Code;
        Year = year ?? time.GetUtcNow().Year - 1;
        Scope = scope == "tree" ? "tree" : "self";
        if (Unit is null || !Units.Any(u => u.Code == Unit))
        {
            return;
        }
        Document = (await generate.RunAsync(new ReportRequest(Year, Unit, Scope, null))).Document;
    }
}
