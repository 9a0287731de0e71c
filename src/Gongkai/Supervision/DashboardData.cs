using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record Dashboard(int Year, string? Unit, IReadOnlyList<(string Title, string Unit, IReadOnlyList<ChartBar> Bars)> Charts,
    IReadOnlyList<RecordRef> Overdue, IReadOnlyList<RectificationView> OverdueTasks);

/// <summary>The dashboard's figures for the units a supervisor or unit head may see; every bar links to its records.</summary>
public sealed class DashboardData(AppDbContext db, LoadSupervisionFacts loader, CalendarService calendars, UnitAccess access, TrackRectifications tasks, TimeProvider time)
{
    public async Task<Dashboard> BuildAsync(ClaimsPrincipal user, int year, string? unitCode, CancellationToken ct = default)
    {
        ComputeScores.EnsureViewer(user);
        var scoped = await access.ScopedUnitIdsAsync(user);
        var units = await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id) && (unitCode == null || u.Code == unitCode)).Select(u => u.Id).ToListAsync(ct);
        var facts = await loader.LoadAsync(units, ct);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaTime.Today(time);
        var overdue = await tasks.ListAsync(user, ct);
        return Compose(facts, units, year, unitCode, today, calendar) with
        {
            OverdueTasks = overdue.Where(t => t.Overdue && (unitCode == null || t.Unit == unitCode)).ToList(),
        };
    }

    /// <summary>The charts (pure over the facts).</summary>
    public static Dashboard Compose(SupervisionFacts facts, IReadOnlyList<int> units, int year, string? unitCode, DateOnly today, WorkingCalendar calendar)
    {
        var q = unitCode is null ? "" : $"&unit={Uri.EscapeDataString(unitCode)}";
        string Link(string indicator, Period p, string? part = null) =>
            $"/admin/supervision/records?indicator={indicator}&period={p.Code}{q}" + (part is null ? "" : $"&part={Uri.EscapeDataString(part)}");
        var computed = new Dictionary<Period, List<IReadOnlyList<IndicatorValue>>>();
        List<IndicatorValue> Values(Period p, string key)
        {
            if (!computed.TryGetValue(p, out var perUnit))
            {
                computed[p] = perUnit = units.Select(u => ComputeIndicators.For(facts, u, p, today, calendar)).ToList();
            }
            return perUnit.Select(values => values.Single(v => v.Key == key)).ToList();
        }
        var months = Enumerable.Range(1, 12).Select(m => new Period(PeriodKind.Month, year, m)).ToList();
        var yearPeriod = Period.OfYear(year);

        var published = months.Select(p => new ChartBar($"{p.Number}月", Values(p, Indicators.ProactivePublished).Sum(v => v.Count), Link(Indicators.ProactivePublished, p))).ToList();
        var items = facts.Items.Where(i => units.Contains(i.UnitId) && yearPeriod.Contains(i.PublishedOn)).ToList();
        var channels = ItemChannels.All.Select(c => new ChartBar(ChannelName(c), items.Count(i => i.Channels?.Contains(c) == true), Link(Indicators.ProactivePublished, yearPeriod, c))).ToList();
        // Months without publications have no rate: they are left out rather than drawn as 0%.
        var timely = months.Select(p => (p, v: Values(p, Indicators.TimelyRate))).Where(x => x.v.Sum(y => y.Base) > 0)
            .Select(x => new ChartBar($"{x.p.Number}月", Math.Round(100m * x.v.Sum(y => y.Count) / x.v.Sum(y => y.Base), 1), Link(Indicators.TimelyRate, x.p))).ToList();
        var outcomes = Values(yearPeriod, Indicators.RequestOutcomes);
        var byOutcome = ComputeIndicators.OutcomeGroups.Values.Select(name => new ChartBar(name, outcomes.Sum(v => v.Breakdown![name]), Link(Indicators.RequestOutcomes, yearPeriod, name))).ToList();
        var open = facts.Requests.Where(r => units.Contains(r.UnitId) && r.ClosedOn is null && r.DueDate is not null).ToList();
        var soon = RequestDueWindow.SoonUntil(today, calendar);
        string DueLink(string window) => $"/admin/requests?due={window}" + (unitCode is null ? "" : $"&unit={Uri.EscapeDataString(unitCode)}");
        var overdueValues = Values(yearPeriod, Indicators.RequestsOverdue);
        var byDue = new List<ChartBar>
        {
            // Overdue as the indicator counts it (open at the period's end or today, past the due date), so the bar equals its list.
            new("已逾期", overdueValues.Sum(v => v.Records.Count(r => r.Parts?.Contains("open") == true)), Link(Indicators.RequestsOverdue, yearPeriod, "open")),
            // The request list filtered by the same window rule (RequestDueWindow), so each bar opens exactly its requests.
            new("5个工作日内到期", open.Count(r => RequestDueWindow.Of(r.DueDate, r.ClosedOn, today, soon) == RequestDueWindow.Soon), DueLink(RequestDueWindow.Soon)),
            new("其后到期", open.Count(r => RequestDueWindow.Of(r.DueDate, r.ClosedOn, today, soon) == RequestDueWindow.Later), DueLink(RequestDueWindow.Later)),
        };
        var ratings = Values(yearPeriod, Indicators.Satisfaction);
        var satisfaction = new[] { "满意", "基本满意", "不满意" }.Select(l => new ChartBar(l, ratings.Sum(v => v.Breakdown![l]), Link(Indicators.Satisfaction, yearPeriod, l))).ToList();
        return new Dashboard(year, unitCode,
        [
            ("每月主动公开信息数", "条", published), ("各渠道公开信息数", "条", channels), ("每月及时公开率", "%", timely),
            ("依申请办理结果", "件", byOutcome), ("未办结申请按答复期限", "件", byDue), ("社会评议", "条", satisfaction),
        ], overdueValues.SelectMany(v => v.Records).ToList(), []);
    }

    public static string ChannelName(string channel) => channel switch
    {
        ItemChannels.Website => "政府网站",
        ItemChannels.GovAffairsSite => "政务公开网",
        ItemChannels.ServiceHall => "服务大厅",
        ItemChannels.Led => "电子屏",
        ItemChannels.Kiosk => "触摸屏",
        ItemChannels.NewMedia => "新媒体",
        ItemChannels.Offline => "线下",
        _ => channel,
    };

    /// <summary>The Chinese name of a bar's part for the records page heading.</summary>
    public static string PartName(string part) => part switch
    {
        "open" => "逾期未办结",
        "closedLate" => "逾期办结",
        _ when ItemChannels.All.Contains(part) => ChannelName(part),
        _ => part,
    };

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
