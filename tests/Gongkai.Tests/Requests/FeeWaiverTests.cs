using Gongkai.Calendar;
using Gongkai.Infrastructure;
using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

/// <summary>减免信息处理费: a full waiver resumes the clock as a payment would; a partial one keeps it paused.</summary>
public sealed class FeeWaiverTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    private static ClockState Run(params ClockEvent[] events) =>
        events.Aggregate(RequestClock.Start(D("2024-08-26"), Calendar), (s, e) => RequestClock.Apply(s, e, Calendar));

    private static ClockEvent E(RequestActionType type, string on, bool partial = false) => new(type, D(on), PartialWaiver: partial);

    private static readonly ClockEvent Accept = E(RequestActionType.Accept, "2024-08-27");
    private static readonly ClockEvent Notice = E(RequestActionType.FeeNotice, "2024-09-02");

    public static TheoryData<string, ClockEvent[], RequestStatus, ClockEvent[]> Equivalent => new()
    {
        { "full waiver = payment on the same day", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-10")], RequestStatus.Accepted,
            [Accept, Notice, E(RequestActionType.FeePaid, "2024-09-10")] },
        { "partial waiver, then payment = payment", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-05", true), E(RequestActionType.FeePaid, "2024-09-10")],
            RequestStatus.Accepted, [Accept, Notice, E(RequestActionType.FeePaid, "2024-09-10")] },
        { "partial, then the rest waived = payment", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-05", true), E(RequestActionType.FeeWaived, "2024-09-10")],
            RequestStatus.Accepted, [Accept, Notice, E(RequestActionType.FeePaid, "2024-09-10")] },
        { "partial waiver keeps the pause", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-05", true)], RequestStatus.AwaitingFee, [Accept, Notice] },
    };

    [Theory]
    [MemberData(nameof(Equivalent))]
    public void Waivers_move_the_clock_like(string name, ClockEvent[] steps, RequestStatus status, ClockEvent[] same)
    {
        var state = Run(steps);
        Assert.True(status == state.Status, name);
        Assert.True(Run(same).DueDate == state.DueDate, name);
        Assert.True(Run(same).PauseDeadline == state.PauseDeadline, name);
    }

    [Fact]
    public void A_full_waiver_counts_the_paused_days_and_says_so()
    {
        var state = Run(Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-10"));
        Assert.Equal(6, state.PausedWorkdays);
        Assert.Contains(state.Lines, l => l.Contains("免除信息处理费", StringComparison.Ordinal));
    }

    public static TheoryData<string, ClockEvent[]> Refused => new()
    {
        { "no fee notice", [Accept, E(RequestActionType.FeeWaived, "2024-09-10")] },
        { "before acceptance", [E(RequestActionType.FeeWaived, "2024-08-27")] },
        { "already paid", [Accept, Notice, E(RequestActionType.FeePaid, "2024-09-10"), E(RequestActionType.FeeWaived, "2024-09-11")] },
        { "already waived in full", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-09-10"), E(RequestActionType.FeeWaived, "2024-09-11")] },
        { "after the payment deadline (2024-09-30)", [Accept, Notice, E(RequestActionType.FeeWaived, "2024-10-08")] },
        { "after the reply", [Accept, E(RequestActionType.Reply, "2024-09-02") with { Outcome = "3.1" }, E(RequestActionType.FeeWaived, "2024-09-03")] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Out_of_order_waivers_are_refused_in_chinese(string name, ClockEvent[] steps)
    {
        var error = Assert.Throws<ConflictException>(() => Run(steps));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(error.Message, @"\p{IsCJKUnifiedIdeographs}"), name);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(new long[] { 10000 }, 460000)]
    [InlineData(new long[] { 10000, 460000 }, 0)]
    public void Remaining_fee_after_waivers(long[]? waivers, long remaining)
    {
        var steps = new List<RequestStep> { new() { Type = RequestActionType.FeeNotice, FeeFen = 470000, Actor = "x" } };
        steps.AddRange((waivers ?? [470000]).Select(w => new RequestStep { Type = RequestActionType.FeeWaived, FeeFen = w, Actor = "x" }));
        Assert.Equal(remaining, FeeWaiver.Remaining(steps));
    }
}
