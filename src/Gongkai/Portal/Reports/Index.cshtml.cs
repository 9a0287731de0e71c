using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal.Reports;

/// <summary>The portal's 年报 column: the latest edition of every published report, by year.</summary>
public sealed class ReportsIndexModel(AppDbContext db) : PageModel
{
    public List<PublishedReportView> Reports { get; private set; } = [];

    public async Task OnGetAsync(string? unit) => Reports = await ReportsApi.ListPublishedAsync(db, unit);
}
