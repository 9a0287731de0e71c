using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Stand-in until items, requests and appeals are merged: reads the proactive statistics only and returns
/// no requests, appeals or documents. The lead swaps it for the EF implementation over all records.
/// </summary>
internal sealed class StatisticsOnlyReportFacts(AppDbContext db) : IReportFacts
{
    public async Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct)
    {
        var statistics = await (
            from s in db.ProactiveStatistics.AsNoTracking()
            join u in db.Units.AsNoTracking() on s.UnitId equals u.Id
            where unitCodes.Contains(u.Code) && (s.Year == year || s.Year == year - 1)
            select new ProactiveFigures(u.Code, s.Year, s.Licensing, s.Punishment, s.Enforcement, s.FeesFen)).ToListAsync(ct);
        return ReportFacts.Empty with { Statistics = statistics };
    }
}
