using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>The report's facts read from the records themselves: items, requests, appeals and the entered statistics.</summary>
internal sealed class RecordReportFacts(AppDbContext db) : IReportFacts
{
    public async Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct)
    {
        var unitIds = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => u.Id).ToListAsync(ct);
        var end = new DateOnly(year, 12, 31);
        var requests = (await RequestFacts.ForUnitsAsync(db, unitIds, ct)).Where(r => r.ReceivedOn <= end).ToList();
        var appeals = (await AppealFacts.ForUnitsAsync(db, unitIds, ct)).Where(a => a.FiledOn <= end).ToList();
        var documents = (await DocumentFacts.ForUnitsAsync(db, unitIds, ct)).Where(d => d.PublishedOn is null || d.PublishedOn <= end).ToList();
        var statistics = await (
            from s in db.ProactiveStatistics.AsNoTracking()
            join u in db.Units.AsNoTracking() on s.UnitId equals u.Id
            where unitIds.Contains(u.Id) && (s.Year == year || s.Year == year - 1)
            select new ProactiveFigures(u.Code, s.Year, s.Licensing, s.Punishment, s.Enforcement, s.FeesFen)).ToListAsync(ct);
        return new ReportFacts(requests, appeals, documents, statistics);
    }
}
