using System.Globalization;
using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Reads the report's facts from the records, each with the record it came from: requests received and appeals filed by
/// 31 December, items ever published by then (decisions of 行政许可/处罚/强制 also as <see cref="DecisionFact"/>), and the
/// entered statistics of the year and the one before, and the requests' fee records. The report and its drill-down both read through here.
/// </summary>
public static class LoadKeyedFacts
{
    public static async Task<KeyedReportFacts> RunAsync(AppDbContext db, IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var endUtc = new DateTime(year, 12, 31, 16, 0, 0, DateTimeKind.Utc); // 1 January 00:00 China time
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var unitIds = units.Select(u => u.Id).ToList();

        var requests = (await db.Requests.AsNoTracking().Where(r => unitIds.Contains(r.UnitId) && r.ReceivedOn <= end)
                .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Number)
                .Select(r => new { UnitCode = r.Unit!.Code, r.Number, r.Subject, r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome }).ToListAsync(ct))
            .Select(r => new Keyed<RequestFact>(new RequestFact(r.UnitCode, RequestStatusText.Camel(r.ApplicantType), r.ReceivedOn, r.ClosedOn, r.Outcome),
                new ReportRecord("request", r.Number, $"申请 {r.Number}：{r.Subject}", $"/admin/requests/{Uri.EscapeDataString(r.Number)}", r.UnitCode,
                    $"{D(r.ReceivedOn)}收到" + (r.ClosedOn is { } c ? $"，{D(c)}办结（{r.Outcome}）" : "，未办结"))))
            .ToList();

        var appeals = (await db.Appeals.AsNoTracking().Where(a => unitIds.Contains(a.UnitId) && a.FiledOn <= end).OrderBy(a => a.FiledOn).ThenBy(a => a.Id)
                .Select(a => new { a.Id, UnitCode = a.Unit!.Code, a.Kind, a.FiledOn, a.ClosedOn, a.Result, a.RequestNumber }).ToListAsync(ct))
            .Select(a => new Keyed<AppealFact>(new AppealFact(a.UnitCode, RequestStatusText.Camel(a.Kind), a.FiledOn, a.ClosedOn, RequestStatusText.Camel(a.Result)),
                new ReportRecord("appeal", N(a.Id), $"{AppealName(a.Kind)}（{D(a.FiledOn)}提起）" + (a.RequestNumber is null ? "" : $"，涉及申请 {a.RequestNumber}"),
                    a.RequestNumber is null ? $"/api/v1/appeals?unit={Uri.EscapeDataString(a.UnitCode)}&year={a.FiledOn.Year}" : $"/admin/requests/{Uri.EscapeDataString(a.RequestNumber)}",
                    a.UnitCode, a.ClosedOn is { } c ? $"{D(c)}审结：{ResultName(a.Result)}" : "尚未审结")))
            .ToList();

        var items = await db.Items.AsNoTracking().Where(i => unitIds.Contains(i.UnitId) && i.PublishedAt != null && i.PublishedAt < endUtc)
            .OrderBy(i => i.Id)
            .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new { i.Id, u.Code, i.Kind, i.Title, i.DocumentNumber, i.FormedOn, i.PublishedAt, i.RepealedOn, i.Channels })
            .ToListAsync(ct);
        var documents = new List<Keyed<DocumentFact>>();
        var decisions = new List<Keyed<DecisionFact>>();
        foreach (var i in items)
        {
            var kind = RequestStatusText.Camel(i.Kind);
            var published = DateOnly.FromDateTime(i.PublishedAt!.Value.AddHours(8));
            var record = new ReportRecord("item", N(i.Id), i.Title, $"/admin/items/{i.Id}", i.Code,
                $"{i.Kind.Chinese()}{(i.DocumentNumber is null ? "" : "，" + i.DocumentNumber)}，成文{D(i.FormedOn)}，发布{D(published)}" + (i.RepealedOn is { } r ? $"，{D(r)}废止" : ""));
            documents.Add(new(new DocumentFact(i.Code, kind, published, i.RepealedOn, i.Channels), record));
            if (DecisionKind(i.Kind) is { } decision)
            {
                decisions.Add(new(new DecisionFact(i.Code, decision, i.FormedOn), record));
            }
        }

        var statistics = await (
            from s in db.ProactiveStatistics.AsNoTracking()
            join u in db.Units.AsNoTracking() on s.UnitId equals u.Id
            where unitIds.Contains(u.Id) && (s.Year == year || s.Year == year - 1)
            select new ProactiveFigures(u.Code, s.Year, s.Licensing, s.Punishment, s.Enforcement, s.FeesFen)).ToListAsync(ct);
        var fees = (await db.Requests.AsNoTracking()
                .Where(r => unitIds.Contains(r.UnitId) && r.Steps.Any(x => x.Type == RequestActionType.FeeNotice && x.On <= end))
                .Select(r => new
                {
                    UnitCode = r.Unit!.Code, r.Number, r.ClosedOn, r.Outcome,
                    Steps = r.Steps.Where(x => x.Type == RequestActionType.FeeNotice || x.Type == RequestActionType.FeePaid || x.Type == RequestActionType.FeeWaived)
                        .Select(x => new { x.Type, x.On, x.FeeFen }).ToList(),
                }).ToListAsync(ct))
            .Select(r =>
            {
                var notice = r.Steps.First(x => x.Type == RequestActionType.FeeNotice);
                var paid = r.Steps.FirstOrDefault(x => x.Type == RequestActionType.FeePaid && x.On <= end)?.On;
                var waivers = r.Steps.Where(x => x.Type == RequestActionType.FeeWaived && x.On <= end).ToList();
                return new FeeFact(r.UnitCode, r.Number, notice.On, notice.FeeFen ?? 0, paid, r.ClosedOn <= end ? r.ClosedOn : null, r.Outcome,
                    waivers.Count == 0 ? null : waivers.Max(x => x.On), waivers.Sum(x => x.FeeFen ?? 0));
            }).ToList();
        return new KeyedReportFacts(requests, appeals, documents, decisions, statistics) { Fees = fees };
    }

    public static string? DecisionKind(ItemKind kind) => kind switch
    {
        ItemKind.LicensingDecision => "licensing",
        ItemKind.PunishmentDecision => "punishment",
        ItemKind.EnforcementDecision => "enforcement",
        _ => null,
    };

    private static string AppealName(AppealKind kind) => kind switch
    {
        AppealKind.Review => "行政复议",
        AppealKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    private static string ResultName(AppealResult result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        AppealResult.Other => "其他结果",
        _ => "尚未审结",
    };

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
