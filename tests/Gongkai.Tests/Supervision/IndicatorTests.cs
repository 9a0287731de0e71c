using Gongkai.Calendar;
using Gongkai.Requests;
using Gongkai.Supervision;

namespace Gongkai.Tests.Supervision;

public class IndicatorTests
{
    private const int Unit = 7;
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static ItemFact Item(long id, string formed, string published, string title = "", string? node = null) =>
        new(id, Unit, title.Length > 0 ? title : $"信息{id}号关于第{id}项工作的通知", null, node, D(formed), D(published));

    private static IndicatorValue Get(SupervisionFacts facts, string key, string period = "2024", string asOf = "2024-12-31") =>
        ComputeIndicators.For(facts, Unit, Period.Parse(period), D(asOf), Calendar).Single(v => v.Key == key);

    [Theory]
    // Formed on the eve of National Day 2024 (10-01…10-07 off, 10-12 made up): 20 working days end on 2024-11-01.
    [InlineData("2024-09-30", "2024-11-01", 100)]
    [InlineData("2024-09-30", "2024-11-04", 0)]
    // An ordinary week: 2024-11-04 (Mon) + 20 working days = 2024-12-02.
    [InlineData("2024-11-04", "2024-12-02", 100)]
    [InlineData("2024-11-04", "2024-12-03", 0)]
    public void Timely_rate_counts_working_days_from_formation(string formed, string published, int expected)
    {
        var facts = SupervisionFacts.Empty with { Items = [Item(1, formed, published)] };
        var value = Get(facts, Indicators.TimelyRate);
        Assert.Equal(expected, value.Value);
        Assert.Equal(expected == 100 ? 0 : 1, value.Records.Count);
    }

    [Theory]
    [InlineData("2024", 3)]
    [InlineData("2024-Q4", 2)]
    [InlineData("2024-10", 1)]
    [InlineData("2024-09", 0)]
    public void Proactive_items_are_counted_by_publication_day_in_the_period(string period, int expected)
    {
        var facts = SupervisionFacts.Empty with
        {
            Items = [Item(1, "2024-03-01", "2024-03-05"), Item(2, "2024-10-08", "2024-10-09"), Item(3, "2024-11-01", "2024-11-02"),
                     Item(4, "2023-12-01", "2023-12-05"), Item(5, "2024-10-08", "2024-10-09") with { UnitId = 99 }],
        };
        Assert.Equal(expected, Get(facts, Indicators.ProactivePublished, period).Count);
    }

    [Fact]
    public void Regular_items_are_on_time_when_a_version_is_published_before_each_due_day()
    {
        // Quarterly from 2024-01-15: due 04-15, 07-15, 10-15; updated 04-10 only.
        var item = Item(1, "2024-01-15", "2024-01-20") with { Regular = true, PeriodMonths = 3, VersionDates = [D("2024-01-20"), D("2024-04-10")] };
        var facts = SupervisionFacts.Empty with { Items = [item] };
        var year = Get(facts, Indicators.RegularOnTime, asOf: "2024-10-20");
        Assert.Equal((1, 3, 33.3m), (year.Count, year.Base, year.Value));
        Assert.Equal(2, year.Records.Count);
        var q2 = Get(facts, Indicators.RegularOnTime, "2024-Q2");
        Assert.Equal((1, 1, 100m), (q2.Count, q2.Base, q2.Value));
        Assert.Null(Get(facts, Indicators.RegularOnTime, "2024-Q4", asOf: "2024-10-14").Value);
    }

    [Theory]
    [InlineData("2024", "2024-12-31", 2)]
    [InlineData("2024", "2024-09-30", 1)]
    [InlineData("2024-Q2", "2024-12-31", 1)]
    [InlineData("2024-Q3", "2024-12-31", 0)]
    [InlineData("2024-05", "2024-12-31", 0)]
    public void Required_quarterly_node_without_an_item_is_missing_once_per_elapsed_quarter(string period, string asOf, int expected)
    {
        var facts = SupervisionFacts.Empty with
        {
            Items = [Item(1, "2024-02-01", "2024-02-02", node: "seed-4"), Item(2, "2024-08-01", "2024-08-02", node: "seed-4")],
            Nodes = [new NodeRequirement(Unit, "seed-4", "公共资金使用和监督情况", 3)],
        };
        var value = Get(facts, Indicators.MissingRequired, period, asOf);
        Assert.Equal(expected, value.Count);
        Assert.All(value.Records, r => Assert.Equal("seed-4", r.Id));
    }

    [Fact]
    public void A_near_duplicate_of_an_earlier_item_is_counted_once()
    {
        var facts = SupervisionFacts.Empty with
        {
            Items =
            [
                Item(1, "2024-07-01", "2024-07-02", "方正县2024年第三季度财政预算执行情况"),
                Item(2, "2024-07-03", "2024-07-04", "方正县2024年第三季度财政预算执行情况公告"),
                Item(3, "2024-07-03", "2024-07-04", "方正县关于开展春季植树活动的通知"),
            ],
        };
        var value = Get(facts, Indicators.NearDuplicates);
        Assert.Equal(1, value.Count);
        Assert.Equal("2", value.Records.Single().Id);
    }

    [Fact]
    public void Scan_findings_before_publication_and_overrides_come_from_the_audit_records()
    {
        var facts = SupervisionFacts.Empty with
        {
            Scans = [new(1, Unit, D("2024-05-01"), 2, false), new(1, Unit, D("2024-05-02"), 2, true), new(2, Unit, D("2024-05-03"), 0, false),
                     new(3, Unit, D("2023-05-03"), 1, false)],
        };
        Assert.Equal(1, Get(facts, Indicators.ScanCaught).Count);
        Assert.Equal(1, Get(facts, Indicators.ScanOverrides).Count);
    }

    [Fact]
    public void A_request_paused_for_consultation_answered_after_twenty_working_days_is_still_on_time()
    {
        // Received 2024-09-02: due 2024-09-30 without pause; consultation 09-10 → 09-20 pauses 7 working days → due 2024-10-15.
        ClockEvent[] steps =
        [
            new(RequestActionType.Accept, D("2024-09-02")), new(RequestActionType.ConsultThirdParty, D("2024-09-10")),
            new(RequestActionType.ThirdPartyReplied, D("2024-09-20")), new(RequestActionType.Reply, D("2024-10-10"), Outcome: "3.1"),
        ];
        var paused = RequestRecord.FromClock(1, "Q1", Unit, RequestClock.Replay(D("2024-09-02"), steps, Calendar));
        Assert.Equal(D("2024-10-15"), paused.DueDate);
        var unpaused = RequestRecord.FromClock(2, "Q2", Unit, RequestClock.Replay(D("2024-09-02"), [steps[0], steps[3]], Calendar));
        Assert.Equal(D("2024-09-30"), unpaused.DueDate);
        var open = new RequestRecord(3, "Q3", Unit, D("2024-11-01"), D("2024-11-29"), null, null);
        var facts = SupervisionFacts.Empty with { Requests = [paused, unpaused, open] };

        var onTime = Get(facts, Indicators.RequestsOnTime);
        Assert.Equal((1, 2, 50m), (onTime.Count, onTime.Base, onTime.Value));
        Assert.Equal("Q2", onTime.Records.Single().Id);
        var overdue = Get(facts, Indicators.RequestsOverdue);
        Assert.Equal(["Q2", "Q3"], overdue.Records.Select(r => r.Id));
        Assert.Equal(1, Get(facts, Indicators.RequestsOverdue, asOf: "2024-11-29").Count);
        Assert.Equal(2, Get(facts, Indicators.RequestOutcomes).Breakdown!["予以公开"]);
    }

    [Fact]
    public void Appeals_lost_are_those_closed_as_corrected_in_the_period()
    {
        var facts = SupervisionFacts.Empty with
        {
            Appeals = [new(1, Unit, "review", D("2024-03-01"), D("2024-05-01"), "corrected"), new(2, Unit, "review", D("2024-03-01"), D("2024-05-01"), "upheld"),
                       new(3, Unit, "litigationDirect", D("2024-11-01"), null, "pending"), new(4, Unit, "review", D("2023-03-01"), D("2023-05-01"), "corrected")],
        };
        Assert.Equal(["1"], Get(facts, Indicators.AppealsCorrected).Records.Select(r => r.Id));
    }

    [Theory]
    [InlineData(new[] { RatingLevel.Satisfied, RatingLevel.FairlySatisfied, RatingLevel.Unsatisfied, RatingLevel.Satisfied }, 75.0)]
    [InlineData(new[] { RatingLevel.Unsatisfied }, 0.0)]
    [InlineData(new RatingLevel[0], null)]
    public void Satisfaction_is_the_share_of_satisfied_and_fairly_satisfied(RatingLevel[] levels, double? expected)
    {
        var facts = SupervisionFacts.Empty with { Ratings = levels.Select((l, i) => new RatingFact(i, Unit, D("2024-06-01"), l, ItemId: 1)).ToList() };
        Assert.Equal(expected is null ? null : (decimal)expected, Get(facts, Indicators.Satisfaction).Value);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-Q3", "2024-07-01", "2024-09-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    public void Periods_parse_to_inclusive_days(string code, string from, string to)
    {
        var period = Period.Parse(code);
        Assert.Equal((D(from), D(to), code), (period.From, period.To, period.Code));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("24")]
    [InlineData("")]
    public void Bad_periods_are_refused(string code) =>
        Assert.Throws<Gongkai.Infrastructure.ValidationException>(() => Period.Parse(code));

    [Fact]
    public void Every_indicator_has_a_written_definition() =>
        Assert.All(Indicators.All, d => Assert.True(d.Definition.Length > 20 && d.Name.Length > 0, d.Key));

}
