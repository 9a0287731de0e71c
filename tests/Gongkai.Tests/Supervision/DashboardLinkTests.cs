using Gongkai.Calendar;
using Gongkai.Supervision;

namespace Gongkai.Tests.Supervision;

/// <summary>Each dashboard bar links to the records page filtered so that it lists exactly the bar's records.</summary>
public sealed class DashboardLinkTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;
    private static readonly DateOnly Today = new(2024, 10, 8);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static SupervisionFacts Facts() => SupervisionFacts.Empty with
    {
        Items =
        [
            new(1, 1, "甲", null, null, D("2024-03-01"), D("2024-03-05"), Channels: ["website", "newMedia"]),
            new(2, 1, "乙", null, null, D("2024-03-01"), D("2024-05-05"), Channels: ["website"]),
            new(3, 2, "丙", null, null, D("2024-06-01"), D("2024-06-03"), Channels: ["serviceHall", "kiosk"]),
            new(4, 2, "丁", null, null, D("2023-06-01"), D("2023-06-03"), Channels: ["website"]),
        ],
        Requests =
        [
            new(1, "R1", 1, D("2024-02-01"), D("2024-02-29"), D("2024-02-20"), "3.1"),
            new(2, "R2", 1, D("2024-02-01"), D("2024-02-29"), D("2024-03-20"), "3.2"),
            new(3, "R3", 2, D("2024-05-01"), D("2024-05-30"), D("2024-05-10"), "3.3.4"),
            new(4, "R4", 2, D("2024-08-01"), D("2024-08-29"), null, null),
            new(5, "R5", 1, D("2024-09-20"), D("2024-10-25"), null, null),
            new(6, "R6", 1, D("2024-04-01"), D("2024-04-29"), D("2024-04-10"), "3.1"),
        ],
        Ratings =
        [
            new(1, 1, D("2024-03-06"), RatingLevel.Satisfied, ItemId: 1),
            new(2, 1, D("2024-03-07"), RatingLevel.Unsatisfied, ItemId: 1),
            new(3, 2, D("2024-06-07"), RatingLevel.FairlySatisfied, ItemId: 3),
            new(4, 2, D("2024-06-08"), RatingLevel.Satisfied, RequestNumber: "R3"),
        ],
    };

    public static TheoryData<string> Charts => new() { "每月主动公开信息数", "各渠道公开信息数", "依申请办理结果", "社会评议" };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_bar_of_a_count_chart_lists_as_many_records_as_it_shows(string chart)
    {
        var facts = Facts();
        var board = DashboardData.Compose(facts, [1, 2], 2024, null, Today, Calendar);
        var bars = board.Charts.Single(c => c.Title == chart).Bars;
        Assert.Contains(bars, b => b.Value > 0);
        Assert.All(bars, bar => Assert.Equal(bar.Value, RecordsBehind(facts, bar.Href!).Count));
    }

    [Fact]
    public void The_overdue_bar_lists_the_overdue_open_requests_and_the_bars_have_distinct_links()
    {
        var facts = Facts();
        var board = DashboardData.Compose(facts, [1, 2], 2024, null, Today, Calendar);
        var overdue = board.Charts.Single(c => c.Title == "未办结申请按答复期限").Bars[0];
        Assert.Equal(1, overdue.Value); // R4 (due 2024-08-29); R5 is due later
        Assert.Equal(["R4"], RecordsBehind(facts, overdue.Href!).Select(r => r.Id));
        var channels = board.Charts.Single(c => c.Title == "各渠道公开信息数").Bars;
        Assert.Equal(channels.Count, channels.Select(b => b.Href).Distinct().Count());
        var granted = board.Charts.Single(c => c.Title == "依申请办理结果").Bars[0];
        Assert.Equal(("予以公开", 2m), (granted.Label, granted.Value));
        Assert.Equal(["R1", "R6"], RecordsBehind(facts, granted.Href!).Select(r => r.Id));
    }

    [Fact]
    public void The_due_date_bars_link_to_the_request_list_filtered_by_their_window()
    {
        var board = DashboardData.Compose(Facts(), [1, 2], 2024, "230124-002", Today, Calendar);
        var bars = board.Charts.Single(c => c.Title == "未办结申请按答复期限").Bars;
        Assert.Equal(("5个工作日内到期", 0m, "/admin/requests?due=soon&unit=230124-002"), (bars[1].Label, bars[1].Value, bars[1].Href));
        Assert.Equal(("其后到期", 1m, "/admin/requests?due=later&unit=230124-002"), (bars[2].Label, bars[2].Value, bars[2].Href)); // R5
    }

    /// <summary>What /admin/supervision/records shows for a link: the indicator's records of every unit, filtered by the part.</summary>
    private static List<RecordRef> RecordsBehind(SupervisionFacts facts, string href)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + href).Query);
        var period = Period.Parse(query["period"]);
        var part = query["part"];
        return [.. new[] { 1, 2 }.SelectMany(u => ComputeIndicators.For(facts, u, period, Today, Calendar).Single(v => v.Key == query["indicator"]).Records)
            .Where(r => part is null || r.Parts?.Contains(part) == true)];
    }
}
