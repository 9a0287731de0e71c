using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Reports;

/// <summary>
/// Back office drill-down: the records behind one figure of tables 二、三、四 of a unit's report, computed from the same
/// facts and the same cell rules as the report, so the list has the cell's length. Staff of the unit only.
/// </summary>
public sealed class AdminReportRecordsModel(AppDbContext db, UnitAccess access, TimeProvider time) : PageModel
{
    public string UnitName { get; private set; } = "";
    public string UnitCode { get; private set; } = "";
    public int Year { get; private set; }
    public string Scope { get; private set; } = "self";
    public DrillDownList List { get; private set; } = null!;
    public string BackLink => $"/admin/reports?unit={Uri.EscapeDataString(UnitCode)}&year={Year}&scope={Scope}";

    public async Task OnGetAsync(string? unit, int? year, string? scope, string? template, string? cell)
    {
        var (y, s, t) = GenerateAnnualReport.Validate(new ReportRequest(year, unit, scope, template), time.GetUtcNow().Year);
        if (t == ReportTemplates.F2008)
        {
            throw Infrastructure.ValidationException.For("template", "2008年格式没有统计表格，请查看2019或2021年格式的报告");
        }
        var owner = await GenerateAnnualReport.ResolveUnitAsync(db, unit, HttpContext.RequestAborted);
        await access.EnsureAsync(User, owner.Id);
        var codes = s == "self" ? [owner.Code] : await GenerateAnnualReport.TreeCodesAsync(db, owner.Id, HttpContext.RequestAborted);
        var facts = await LoadKeyedFacts.RunAsync(db, codes, y, HttpContext.RequestAborted);
        List = DrillDown.For(facts, y, t, cell);
        (UnitName, UnitCode, Year, Scope) = (owner.Name, owner.Code, y, s);
    }

    /// <summary>The link of a figure cell on the report page.</summary>
    public static string Link(string unit, int year, string scope, string template, string cell) =>
        $"/admin/reports/records?unit={Uri.EscapeDataString(unit)}&year={year}&scope={scope}&template={template}&cell={Uri.EscapeDataString(cell)}";
}
