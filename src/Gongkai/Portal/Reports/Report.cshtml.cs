using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Reports;

/// <summary>One published report as frozen (its stored HTML, generated and encoded by the renderer).</summary>
public sealed class ReportPageModel(AppDbContext db) : PageModel
{
    public PublishedReport Report { get; private set; } = null!;
    public List<int> Editions { get; private set; } = [];
    public string Title => $"{ReportFigures.ShortName(Report.UnitName)}{Report.Year}年政府信息公开工作年度报告";

    public async Task OnGetAsync(string unit, int year, int? edition)
    {
        var all = await db.PublishedReports.AsNoTracking().Where(r => r.UnitCode == unit && r.Year == year).OrderBy(r => r.Edition).ToListAsync();
        Report = (edition is null ? all.LastOrDefault() : all.FirstOrDefault(r => r.Edition == edition))
            ?? throw new NotFoundException("该年度报告尚未发布");
        Editions = [.. all.Select(r => r.Edition)];
    }
}
