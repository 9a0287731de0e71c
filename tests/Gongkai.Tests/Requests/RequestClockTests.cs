using Gongkai.Calendar;
using Gongkai.Infrastructure;
using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class RequestClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    /// <summary>Steps as "type@yyyy-MM-dd[:workdays][=outcome]" separated by spaces.</summary>
    private static ClockState Run(string received, string steps)
    {
        var state = RequestClock.Start(D(received), Calendar);
        foreach (var step in steps.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var outcome = step.Contains('=') ? step[(step.IndexOf('=') + 1)..] : null;
            var core = step.Split('=')[0];
            var parts = core.Split('@');
            var dateAndDays = parts[1].Split(':');
            var type = Enum.Parse<RequestActionType>(parts[0], ignoreCase: true);
            int? days = dateAndDays.Length > 1 ? int.Parse(dateAndDays[1]) : null;
            state = RequestClock.Apply(state, new ClockEvent(type, D(dateAndDays[0]), days, outcome), Calendar);
        }
        return state;
    }

    [Theory]
    [InlineData("2024-09-27", "", "2024-10-30")]                                             // National Day with make-up weekend days
    [InlineData("2019-05-14", "", "2019-06-04")]                                             // 2008 rules: 15 working days
    [InlineData("2019-05-15", "", "2019-06-13")]                                             // 2019 rules from 05-15, Dragon Boat 06-07 off
    [InlineData("2024-10-08", "accept@2024-10-08", "2024-11-04")]
    [InlineData("2024-10-08", "accept@2024-10-08 consultThirdParty@2024-10-10 thirdPartyReplied@2024-10-17", "2024-11-12")] // 6 WD paused incl. make-up Sat 10-12
    [InlineData("2024-10-08", "accept@2024-10-08 extend@2024-10-30", "2024-12-02")]
    [InlineData("2024-10-08", "accept@2024-10-08 extend@2024-10-30:5", "2024-11-11")]
    [InlineData("2024-10-08", "requestCorrection@2024-10-10 correctionReceived@2024-10-21", "2024-11-18")] // restarts from 10-21
    [InlineData("2024-10-08", "accept@2024-10-08 feeNotice@2024-10-14 feePaid@2024-10-21", "2024-11-11")]  // 5 WD paused
    [InlineData("2024-10-08", "accept@2024-10-08 consultThirdParty@2024-10-10", "2024-11-25")]             // provisional: pause to its 15-WD end
    public void Due_dates(string received, string steps, string due) =>
        Assert.Equal(D(due), Run(received, steps).DueDate);

    [Theory]
    [InlineData("accept@2024-10-08 reply@2024-10-20=3.1", RequestStatus.Closed, "3.1")]
    [InlineData("requestCorrection@2024-10-10 reply@2024-10-31=3.6.1", RequestStatus.Closed, "3.6.1")]
    [InlineData("accept@2024-10-08 feeNotice@2024-10-14 reply@2024-11-12=3.6.2", RequestStatus.Closed, "3.6.2")]
    [InlineData("withdraw@2024-10-09", RequestStatus.Closed, "3.6.3")]
    [InlineData("requestCorrection@2024-10-10", RequestStatus.AwaitingCorrection, null)]
    [InlineData("accept@2024-10-08 consultThirdParty@2024-10-10", RequestStatus.Consulting, null)]
    public void Outcomes_and_statuses(string steps, RequestStatus status, string? outcome)
    {
        var state = Run("2024-10-08", steps);
        Assert.Equal(status, state.Status);
        Assert.Equal(outcome, state.Outcome);
    }

    [Theory]
    [InlineData("reply@2024-10-09=3.1")]                                                    // not accepted
    [InlineData("accept@2024-10-08 accept@2024-10-09")]
    [InlineData("accept@2024-10-08 thirdPartyReplied@2024-10-09")]
    [InlineData("accept@2024-10-08 feePaid@2024-10-09")]
    [InlineData("requestCorrection@2024-10-17")]                                            // after 7 WD (10-16)
    [InlineData("requestCorrection@2024-10-10 correctionReceived@2024-10-31")]              // after the correction deadline 10-30
    [InlineData("requestCorrection@2024-10-10 reply@2024-10-30=3.6.1")]                     // deadline not yet passed
    [InlineData("accept@2024-10-08 reply@2024-10-20=3.6.1")]                                // no correction was asked
    [InlineData("accept@2024-10-08 extend@2024-10-20 extend@2024-10-21")]                   // extended once only
    [InlineData("accept@2024-10-08 extend@2024-11-05")]                                     // after the due date 11-04
    [InlineData("accept@2024-10-08 feeNotice@2024-10-14 feePaid@2024-11-12")]               // after 20 WD (11-11)
    [InlineData("accept@2024-10-08 reply@2024-10-20=3.1 withdraw@2024-10-21")]
    [InlineData("accept@2024-10-10 consultThirdParty@2024-10-09")]                          // earlier than the previous step
    public void Steps_out_of_order_or_time_are_conflicts(string steps)
    {
        var ex = Assert.Throws<ConflictException>(() => Run("2024-10-08", steps));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", ex.Message);
    }

    [Theory]
    [InlineData("accept@2024-10-08 reply@2024-10-20", "outcome")]
    [InlineData("accept@2024-10-08 reply@2024-10-20=3.9", "outcome")]
    [InlineData("accept@2024-10-08 extend@2024-10-20:21", "workdays")]
    public void Bad_parameters_name_the_field(string steps, string field) =>
        Assert.Contains(field, Assert.Throws<ValidationException>(() => Run("2024-10-08", steps)).Errors.Keys);

    [Fact]
    public void The_breakdown_explains_the_date()
    {
        var lines = RequestClock.Breakdown(Run("2024-10-08", "accept@2024-10-08 consultThirdParty@2024-10-10 thirdPartyReplied@2024-10-17"));
        Assert.Contains(lines, l => l.Contains("暂停6个工作日"));
        Assert.Contains("2024-11-12", lines[^1]);
    }

    [Fact]
    public void Lapses_and_overdue_are_seen_from_today()
    {
        var waiting = Run("2024-10-08", "requestCorrection@2024-10-10");
        Assert.False(waiting.IsLapsed(D("2024-10-30")));
        Assert.True(waiting.IsLapsed(D("2024-10-31")));
        var open = Run("2024-10-08", "accept@2024-10-08");
        Assert.False(open.IsOverdue(D("2024-11-04")));
        Assert.True(open.IsOverdue(D("2024-11-05")));
    }

    [Fact]
    public void Replaying_on_a_corrected_calendar_moves_the_date()
    {
        var events = new[] { new ClockEvent(RequestActionType.Accept, D("2024-10-08")) };
        var extraDayOff = new HolidayYear(2024, [.. HolidayYear.Bundled().Single(y => y.Year == 2024).Holidays, D("2024-10-09")],
            HolidayYear.Bundled().Single(y => y.Year == 2024).Workdays);
        var corrected = new WorkingCalendar(HolidayYear.Bundled().Where(y => y.Year != 2024).Append(extraDayOff));
        Assert.Equal(D("2024-11-04"), RequestClock.Replay(D("2024-10-08"), events, Calendar).DueDate);
        Assert.Equal(D("2024-11-05"), RequestClock.Replay(D("2024-10-08"), events, corrected).DueDate);
    }
}
