using Gongkai.Calendar;
using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class LapsedStepsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    /// <summary>Steps as "type@yyyy-MM-dd[:workdays]" separated by spaces.</summary>
    private static ClockState Run(string received, string steps) =>
        steps.Split(' ', StringSplitOptions.RemoveEmptyEntries).Aggregate(RequestClock.Start(D(received), Calendar), (state, step) =>
        {
            var parts = step.Split('@');
            var dateAndDays = parts[1].Split(':');
            int? days = dateAndDays.Length > 1 ? int.Parse(dateAndDays[1]) : null;
            return RequestClock.Apply(state, new ClockEvent(Enum.Parse<RequestActionType>(parts[0], true), D(dateAndDays[0]), days), Calendar);
        });

    private const string CorrectionToMonday0930 = "requestCorrection@2024-09-23:6";                // deadline 2024-09-30, last day before National Day
    private const string CorrectionToFriday1011 = "requestCorrection@2024-10-08:3";                // deadline 2024-10-11; Saturday 10-12 is a make-up working day
    private const string FeeToMonday0127 = "accept@2024-12-16 feeNotice@2024-12-30";                // 20 WD over New Year and make-up Sunday 01-26 → 2025-01-27

    [Theory]
    // Correction returned by nobody: closes on the first working day after the deadline, not during the holiday.
    [InlineData("2024-09-20", CorrectionToMonday0930, "2024-09-30", null, null)]
    [InlineData("2024-09-20", CorrectionToMonday0930, "2024-10-01", null, null)]
    [InlineData("2024-09-20", CorrectionToMonday0930, "2024-10-07", null, null)]
    [InlineData("2024-09-20", CorrectionToMonday0930, "2024-10-08", "3.6.1", "2024-10-08")]
    [InlineData("2024-09-20", CorrectionToMonday0930, "2024-12-01", "3.6.1", "2024-10-08")]      // a late run closes with the same date
    [InlineData("2024-10-08", CorrectionToFriday1011, "2024-10-11", null, null)]
    [InlineData("2024-10-08", CorrectionToFriday1011, "2024-10-12", "3.6.1", "2024-10-12")]      // make-up Saturday is a working day
    // Fee not paid within 20 working days of the notice.
    [InlineData("2024-12-16", FeeToMonday0127, "2025-01-27", null, null)]
    [InlineData("2024-12-16", FeeToMonday0127, "2025-02-04", null, null)]                        // Spring Festival off 01-28…02-04
    [InlineData("2024-12-16", FeeToMonday0127, "2025-02-05", "3.6.2", "2025-02-05")]
    // Nothing to close: the applicant acted, or the clock is not waiting for the applicant.
    [InlineData("2024-09-20", CorrectionToMonday0930 + " correctionReceived@2024-09-30", "2024-12-01", null, null)]
    [InlineData("2024-12-16", FeeToMonday0127 + " feePaid@2025-01-27", "2025-03-01", null, null)]
    [InlineData("2024-10-08", "accept@2024-10-08", "2025-03-01", null, null)]                    // overdue for the unit, not lapsed
    [InlineData("2024-10-08", "accept@2024-10-08 consultThirdParty@2024-10-09", "2025-03-01", null, null)] // a third party's silence never closes
    [InlineData("2024-10-08", "withdraw@2024-10-09", "2025-03-01", null, null)]
    public void Closes_a_lapsed_wait_on_the_first_working_day_after_its_deadline(
        string received, string steps, string today, string? outcome, string? closedOn)
    {
        var decision = LapsedSteps.Decide(Run(received, steps), D(today), Calendar);
        Assert.Equal(outcome, decision?.Outcome);
        Assert.Equal(closedOn, decision?.On.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void The_closing_is_a_valid_reply_for_the_clock_and_states_the_deadline()
    {
        var waiting = Run("2024-12-16", FeeToMonday0127);
        Assert.Equal(D("2025-01-27"), waiting.PauseDeadline);
        var decision = LapsedSteps.Decide(waiting, D("2025-02-05"), Calendar)!;
        var closed = RequestClock.Apply(waiting, new ClockEvent(RequestActionType.Reply, decision.On, null, decision.Outcome), Calendar);
        Assert.Equal((RequestStatus.Closed, "3.6.2", D("2025-02-05")), (closed.Status, closed.Outcome, closed.ClosedOn));
        Assert.Contains("2025-01-27", decision.Note);
        Assert.Equal(D("2025-01-27"), decision.Deadline);
    }
}
