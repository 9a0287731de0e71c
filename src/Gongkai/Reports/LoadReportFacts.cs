using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Reads the report's facts (no record references): only the rows <see cref="ReportRows"/> lets count and only the columns
/// the facts hold. Items are read through the covering index <see cref="ReportItemIndex"/>, so the province's report no
/// longer reads a million items' rows. The drill-down (<see cref="LoadKeyedFacts"/>) reads the same rows with their records.
/// </summary>
public static class LoadReportFacts
{
    public static async Task<ReportFacts> RunAsync(AppDbContext db, IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct)
    {
        var units = await UnitsAsync(db, unitCodes, ct);
        var ids = units.Keys.ToList();
        var requests = (await ReportRows.Requests(db, ids, year)
                .Select(r => new { r.UnitId, r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome }).ToListAsync(ct))
            .Select(r => new RequestFact(units[r.UnitId], RequestStatusText.Camel(r.ApplicantType), r.ReceivedOn, r.ClosedOn, r.Outcome)).ToList();
        var appeals = (await ReportRows.Appeals(db, ids, year)
                .Select(a => new { a.UnitId, a.Kind, a.FiledOn, a.ClosedOn, a.Result }).ToListAsync(ct))
            .Select(a => new Appeals.AppealFact(units[a.UnitId], RequestStatusText.Camel(a.Kind), a.FiledOn, a.ClosedOn, RequestStatusText.Camel(a.Result))).ToList();
        var items = await ReportRows.Items(db, ids, year)
            .Select(i => new { i.UnitId, i.Kind, i.FormedOn, i.PublishedAt, i.RepealedOn, i.Channels }).ToListAsync(ct);
        var documents = new List<Catalog.DocumentFact>(items.Count);
        var decisions = new List<DecisionFact>();
        foreach (var i in items)
        {
            var code = units[i.UnitId];
            documents.Add(ReportRows.Document(code, i.Kind, i.PublishedAt!.Value, i.RepealedOn, i.Channels));
            if (ReportRows.Decision(code, i.Kind, i.FormedOn) is { } decision)
            {
                decisions.Add(decision);
            }
        }
        return new ReportFacts(requests, appeals, documents, await StatisticsAsync(db, units, year, ct))
        {
            Decisions = decisions,
            Fees = await FeesAsync(db, units, year, ct),
        };
    }

    /// <summary>The units' codes by id.</summary>
    public static async Task<Dictionary<int, string>> UnitsAsync(AppDbContext db, IReadOnlyCollection<string> unitCodes, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);

    /// <summary>The entered statistics of the year and the one before.</summary>
    public static async Task<List<ProactiveFigures>> StatisticsAsync(AppDbContext db, Dictionary<int, string> units, int year, CancellationToken ct)
    {
        var ids = units.Keys.ToList();
        return (await db.ProactiveStatistics.AsNoTracking().Where(s => ids.Contains(s.UnitId) && (s.Year == year || s.Year == year - 1))
                .Select(s => new { s.UnitId, s.Year, s.Licensing, s.Punishment, s.Enforcement, s.FeesFen }).ToListAsync(ct))
            .Select(s => new ProactiveFigures(units[s.UnitId], s.Year, s.Licensing, s.Punishment, s.Enforcement, s.FeesFen)).ToList();
    }

    /// <summary>The fee records of requests with a fee notice by 31 December.</summary>
    public static async Task<List<FeeFact>> FeesAsync(AppDbContext db, Dictionary<int, string> units, int year, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var ids = units.Keys.ToList();
        // An uncorrelated IN (one pass over the steps) rather than EXISTS per request: 0.5 s → 0.1 s over 100,000 requests.
        var noticed = db.RequestSteps.Where(x => x.Type == RequestActionType.FeeNotice && x.On <= end).Select(x => x.RequestId);
        return (await db.Requests.AsNoTracking()
                .Where(r => ids.Contains(r.UnitId) && noticed.Contains(r.Id))
                .Select(r => new
                {
                    r.UnitId, r.Number, r.ClosedOn, r.Outcome,
                    Steps = r.Steps.Where(x => x.Type == RequestActionType.FeeNotice || x.Type == RequestActionType.FeePaid || x.Type == RequestActionType.FeeWaived)
                        .Select(x => new { x.Type, x.On, x.FeeFen }).ToList(),
                }).ToListAsync(ct))
            .Select(r =>
            {
                var notice = r.Steps.First(x => x.Type == RequestActionType.FeeNotice);
                var paid = r.Steps.FirstOrDefault(x => x.Type == RequestActionType.FeePaid && x.On <= end)?.On;
                var waivers = r.Steps.Where(x => x.Type == RequestActionType.FeeWaived && x.On <= end).ToList();
                return new FeeFact(units[r.UnitId], r.Number, notice.On, notice.FeeFen ?? 0, paid, r.ClosedOn <= end ? r.ClosedOn : null, r.Outcome,
                    waivers.Count == 0 ? null : waivers.Max(x => x.On), waivers.Sum(x => x.FeeFen ?? 0));
            }).ToList();
    }
}
