using System.Globalization;
using Gongkai.Calendar;
using Gongkai.Publishing;

namespace Gongkai.Supervision;

/// <summary>
/// The indicators of one unit in one period, computed from its records only (pure). <paramref name="asOf"/> is the
/// statistics day: requirement slots and due dates after it are not yet counted.
/// </summary>
public static class ComputeIndicators
{
    public static readonly IReadOnlyDictionary<string, string> OutcomeGroups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["3.1"] = "予以公开", ["3.2"] = "部分公开", ["3.3"] = "不予公开", ["3.4"] = "无法提供", ["3.5"] = "不予处理", ["3.6"] = "其他处理",
    };

    public static IReadOnlyList<IndicatorValue> For(SupervisionFacts facts, int unitId, Period period, DateOnly asOf, WorkingCalendar calendar)
    {
        var items = facts.Items.Where(i => i.UnitId == unitId).ToList();
        var published = items.Where(i => period.Contains(i.PublishedOn)).OrderBy(i => i.PublishedOn).ThenBy(i => i.Id).ToList();
        var timely = published.Where(i => i.PublishedOn <= calendar.AddWorkdays(i.FormedOn, Timeliness.Workdays)).ToList();
        var late = published.Except(timely).Select(i => Ref(i, $"成文{D(i.FormedOn)}，发布{D(i.PublishedOn)}，期限{D(calendar.AddWorkdays(i.FormedOn, Timeliness.Workdays))}")).ToList();
        var (dues, missed) = RegularDues(items, period, asOf);
        var missing = MissingSlots(facts.Nodes.Where(n => n.UnitId == unitId), items, period, asOf);
        var duplicates = Duplicates(items, published);
        var scans = facts.Scans.Where(s => s.UnitId == unitId && period.Contains(s.On)).ToList();
        var caught = scans.Where(s => !s.Override && s.Findings > 0).ToList();
        var overrides = scans.Where(s => s.Override).ToList();
        var requests = RequestFigures(facts.Requests.Where(r => r.UnitId == unitId), period, asOf);
        var corrected = facts.Appeals.Where(a => a.UnitId == unitId && a.Result == "corrected" && a.ClosedOn is { } c && period.Contains(c))
            .Select(a => new RecordRef("appeal", N(a.Id), $"{(a.Kind == "review" ? "行政复议" : "行政诉讼")}（{D(a.FiledOn)}提起）", "/api/v1/appeals", $"{D(a.ClosedOn!.Value)}审结，被纠正")).ToList();
        var ratings = facts.Ratings.Where(r => r.UnitId == unitId && period.Contains(r.On)).ToList();
        var satisfied = ratings.Where(r => r.Level != RatingLevel.Unsatisfied).ToList();
        return
        [
            new(Indicators.ProactivePublished, published.Count, published.Count, published.Count, published.Select(i => Ref(i) with { Parts = i.Channels }).ToList()),
            new(Indicators.TimelyRate, Indicators.Rate(timely.Count, published.Count), timely.Count, published.Count, late),
            new(Indicators.RegularOnTime, Indicators.Rate(dues - missed.Count, dues), dues - missed.Count, dues, missed),
            new(Indicators.MissingRequired, missing.Count, missing.Count, missing.Count, missing),
            new(Indicators.NearDuplicates, duplicates.Count, duplicates.Count, published.Count, duplicates),
            new(Indicators.ScanCaught, caught.Count, caught.Count, caught.Count, caught.Select(s => ScanRef(s, $"发现{s.Findings}处问题")).ToList()),
            new(Indicators.ScanOverrides, overrides.Count, overrides.Count, overrides.Count, overrides.Select(s => ScanRef(s, "记录理由后放行")).ToList()),
            new(Indicators.RequestsOnTime, Indicators.Rate(requests.OnTime, requests.Closed), requests.OnTime, requests.Closed, requests.LateClosed),
            new(Indicators.RequestsOverdue, requests.Overdue.Count, requests.Overdue.Count, requests.Overdue.Count, requests.Overdue),
            new(Indicators.RequestOutcomes, requests.Closed, requests.Closed, requests.Closed, requests.ClosedList, requests.Outcomes),
            new(Indicators.AppealsCorrected, corrected.Count, corrected.Count, corrected.Count, corrected),
            new(Indicators.Satisfaction, Indicators.Rate(satisfied.Count, ratings.Count), satisfied.Count, ratings.Count,
                ratings.Select(RatingRef).ToList(),
                new Dictionary<string, int>
                {
                    ["满意"] = ratings.Count(r => r.Level == RatingLevel.Satisfied),
                    ["基本满意"] = ratings.Count(r => r.Level == RatingLevel.FairlySatisfied),
                    ["不满意"] = ratings.Count(r => r.Level == RatingLevel.Unsatisfied),
                }),
        ];
    }

    /// <summary>Due updates of regular items in the period (up to <paramref name="asOf"/>), and those missed.</summary>
    private static (int Dues, List<RecordRef> Missed) RegularDues(List<ItemFact> items, Period period, DateOnly asOf)
    {
        var dues = 0;
        var missed = new List<RecordRef>();
        foreach (var item in items.Where(i => i.Regular && i.PeriodMonths is > 0))
        {
            var every = item.PeriodMonths!.Value;
            var versions = item.VersionDates ?? [item.PublishedOn];
            for (var k = 1; item.FormedOn.AddMonths(k * every) is var due && due <= period.To && due <= asOf; k++)
            {
                if (due < period.From || due <= item.PublishedOn)
                {
                    continue;
                }
                dues++;
                var previous = item.FormedOn.AddMonths((k - 1) * every);
                if (!versions.Any(v => v > previous && v <= due))
                {
                    missed.Add(Ref(item, $"应于{D(due)}前更新，未按时发布新版本"));
                }
            }
        }
        return (dues, missed);
    }

    private static List<RecordRef> MissingSlots(IEnumerable<NodeRequirement> nodes, List<ItemFact> items, Period period, DateOnly asOf)
    {
        var result = new List<RecordRef>();
        foreach (var node in nodes.Where(n => n.EveryMonths <= period.Months))
        {
            foreach (var (from, to) in period.Slots(node.EveryMonths).Where(s => s.To <= asOf))
            {
                var covered = items.Any(i => i.PublishedOn >= from && i.PublishedOn <= to
                    && (i.CatalogNode == node.Code || i.CatalogNode?.StartsWith(node.Code + "-", StringComparison.Ordinal) == true));
                if (!covered)
                {
                    result.Add(new RecordRef("catalogNode", node.Code, node.Name, $"/api/v1/catalog/nodes?unit={node.UnitId}", $"{D(from)}至{D(to)}未发布"));
                }
            }
        }
        return result;
    }

    private static List<RecordRef> Duplicates(List<ItemFact> all, List<ItemFact> published)
    {
        // Bigram sets are built once per item (the same test as NearDuplicates.Similar, without rebuilding them per pair).
        var titles = new Dictionary<long, HashSet<string>>();
        var bodies = new Dictionary<long, HashSet<string>>();
        HashSet<string> Title(ItemFact i) => titles.TryGetValue(i.Id, out var t) ? t : titles[i.Id] = NearDuplicates.Bigrams(i.Title);
        HashSet<string> Body(ItemFact i) => bodies.TryGetValue(i.Id, out var b) ? b : bodies[i.Id] = NearDuplicates.Bigrams(i.Body);
        bool Similar(ItemFact a, ItemFact b) =>
            NearDuplicates.Jaccard(Title(a), Title(b)) >= NearDuplicates.TitleThreshold
            || (a.Body is { Length: > 20 } && NearDuplicates.Jaccard(Body(a), Body(b)) >= NearDuplicates.BodyThreshold);
        var result = new List<RecordRef>();
        foreach (var item in published)
        {
            var earlier = all.FirstOrDefault(o => o.Id != item.Id && (o.PublishedOn < item.PublishedOn || (o.PublishedOn == item.PublishedOn && o.Id < item.Id))
                && Similar(item, o));
            if (earlier is not null)
            {
                result.Add(Ref(item, $"与已发布的“{earlier.Title}”（{earlier.Id}）重复"));
            }
        }
        return result;
    }

    private sealed record RequestSums(int Closed, int OnTime, List<RecordRef> LateClosed, List<RecordRef> Overdue, Dictionary<string, int> Outcomes, List<RecordRef> ClosedList);

    private static RequestSums RequestFigures(IEnumerable<RequestRecord> records, Period period, DateOnly asOf)
    {
        var list = records.ToList();
        var closed = list.Where(r => r.ClosedOn is { } c && period.Contains(c)).ToList();
        var late = closed.Where(r => r.DueDate is { } due && r.ClosedOn > due).ToList();
        var end = period.To < asOf ? period.To : asOf;
        var open = list.Where(r => r.ReceivedOn <= end && (r.ClosedOn is null || r.ClosedOn > end) && r.DueDate < end).ToList();
        var outcomes = OutcomeGroups.ToDictionary(g => g.Value, g => closed.Count(r => r.Outcome?.StartsWith(g.Key, StringComparison.Ordinal) == true));
        return new RequestSums(closed.Count, closed.Count - late.Count,
            late.Select(r => RequestRef(r, $"答复期限{D(r.DueDate!.Value)}，{D(r.ClosedOn!.Value)}办结")).ToList(),
            [.. late.Select(r => RequestRef(r, $"答复期限{D(r.DueDate!.Value)}，{D(r.ClosedOn!.Value)}才办结") with { Parts = ["closedLate"] }),
             .. open.Select(r => RequestRef(r, $"答复期限{D(r.DueDate!.Value)}，截至{D(end)}仍未办结") with { Parts = ["open"] })],
            outcomes, closed.Select(r => RequestRef(r, $"{D(r.ClosedOn!.Value)}办结：{OutcomeName(r.Outcome)}") with { Parts = [OutcomeName(r.Outcome)] }).ToList());
    }

    public static string OutcomeName(string? code) =>
        OutcomeGroups.FirstOrDefault(g => code?.StartsWith(g.Key, StringComparison.Ordinal) == true).Value ?? "未分类";

    private static RecordRef Ref(ItemFact i, string? note = null) => new("item", N(i.Id), i.Title, $"/api/v1/items/{i.Id}", note);

    private static RecordRef ScanRef(ScanFact s, string note) => new("item", N(s.ItemId), $"信息 {s.ItemId}（{D(s.On)}）", $"/api/v1/items/{s.ItemId}", note);

    private static RecordRef RequestRef(RequestRecord r, string note) => new("request", r.Number, $"申请 {r.Number}", $"/admin/requests/{r.Number}", note);

    private static RecordRef RatingRef(RatingFact r) =>
        new("rating", N(r.Id), r.ItemId is { } id ? $"对信息 {id} 的评价" : $"对申请 {r.RequestNumber} 答复的评价", "/admin/supervision/ratings",
            Rating.Chinese(r.Level), [Rating.Chinese(r.Level)]);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
