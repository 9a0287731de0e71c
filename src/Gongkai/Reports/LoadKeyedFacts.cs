using System.Globalization;
using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Reads the report's facts each with the record it came from, for the drill-down: the same rows as the report
/// (<see cref="ReportRows"/>: what can count in a cell of the year) plus each record's label and link, and the entered
/// statistics and the requests' fee records as <see cref="LoadReportFacts"/> reads them.
/// </summary>
public static class LoadKeyedFacts
{
    public static async Task<KeyedReportFacts> RunAsync(AppDbContext db, IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct)
    {
        var units = await LoadReportFacts.UnitsAsync(db, unitCodes, ct);
        var unitIds = units.Keys.ToList();

        var requests = (await ReportRows.Requests(db, unitIds, year).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Number)
                .Select(r => new { r.UnitId, r.Number, r.Subject, r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome }).ToListAsync(ct))
            .Select(r => new Keyed<RequestFact>(new RequestFact(units[r.UnitId], RequestStatusText.Camel(r.ApplicantType), r.ReceivedOn, r.ClosedOn, r.Outcome),
                new ReportRecord("request", r.Number, $"申请 {r.Number}：{r.Subject}", $"/admin/requests/{Uri.EscapeDataString(r.Number)}", units[r.UnitId],
                    $"{D(r.ReceivedOn)}收到" + (r.ClosedOn is { } c ? $"，{D(c)}办结（{r.Outcome}）" : "，未办结"))))
            .ToList();

        var appeals = (await ReportRows.Appeals(db, unitIds, year).OrderBy(a => a.FiledOn).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.UnitId, a.Kind, a.FiledOn, a.ClosedOn, a.Result, a.RequestNumber }).ToListAsync(ct))
            .Select(a => new Keyed<AppealFact>(new AppealFact(units[a.UnitId], RequestStatusText.Camel(a.Kind), a.FiledOn, a.ClosedOn, RequestStatusText.Camel(a.Result)),
                new ReportRecord("appeal", N(a.Id), $"{AppealName(a.Kind)}（{D(a.FiledOn)}提起）" + (a.RequestNumber is null ? "" : $"，涉及申请 {a.RequestNumber}"),
                    a.RequestNumber is null ? $"/api/v1/appeals?unit={Uri.EscapeDataString(units[a.UnitId])}&year={a.FiledOn.Year}" : $"/admin/requests/{Uri.EscapeDataString(a.RequestNumber)}",
                    units[a.UnitId], a.ClosedOn is { } c ? $"{D(c)}审结：{ResultName(a.Result)}" : "尚未审结")))
            .ToList();

        var items = await ReportRows.Items(db, unitIds, year).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.UnitId, i.Kind, i.Title, i.DocumentNumber, i.FormedOn, i.PublishedAt, i.RepealedOn, i.Channels })
            .ToListAsync(ct);
        var documents = new List<Keyed<DocumentFact>>(items.Count);
        var decisions = new List<Keyed<DecisionFact>>();
        foreach (var i in items)
        {
            var code = units[i.UnitId];
            var document = ReportRows.Document(code, i.Kind, i.PublishedAt!.Value, i.RepealedOn, i.Channels);
            var record = new ReportRecord("item", N(i.Id), i.Title, $"/admin/items/{i.Id}", code,
                $"{i.Kind.Chinese()}{(i.DocumentNumber is null ? "" : "，" + i.DocumentNumber)}，成文{D(i.FormedOn)}，发布{D(document.PublishedOn!.Value)}" + (i.RepealedOn is { } r ? $"，{D(r)}废止" : ""));
            documents.Add(new(document, record));
            if (ReportRows.Decision(code, i.Kind, i.FormedOn) is { } decision)
            {
                decisions.Add(new(decision, record));
            }
        }
        return new KeyedReportFacts(requests, appeals, documents, decisions, await LoadReportFacts.StatisticsAsync(db, units, year, ct))
        {
            Fees = await LoadReportFacts.FeesAsync(db, units, year, ct),
        };
    }

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
