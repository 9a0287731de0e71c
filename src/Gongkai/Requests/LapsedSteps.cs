using Gongkai.Calendar;

namespace Gongkai.Requests;

/// <summary>A request to close because the applicant let a waiting period run out.</summary>
public sealed record LapseClosing(string Outcome, DateOnly On, DateOnly Deadline, string Note);

/// <summary>
/// When a request waiting for the applicant closes by itself (pure): a correction not returned by its deadline
/// (逾期不补正, 条例第三十条 → row 3.6.1) or a fee not paid within 20 working days of the notice (逾期未缴费, 信息处理费管理办法
/// → row 3.6.2). The applicant has the whole deadline day; the unit closes on the first working day after it,
/// whatever day the check runs (a late run closes with the same date, so the result does not depend on the job's timing).
/// </summary>
public static class LapsedSteps
{
    public static LapseClosing? Decide(ClockState clock, DateOnly today, WorkingCalendar calendar)
    {
        if (clock.Status is not (RequestStatus.AwaitingCorrection or RequestStatus.AwaitingFee) || clock.PauseDeadline is not { } deadline)
        {
            return null;
        }
        var closeOn = calendar.AddWorkdays(deadline, 1);
        if (today < closeOn)
        {
            return null;
        }
        return clock.Status == RequestStatus.AwaitingCorrection
            ? new LapseClosing(RequestOutcomes.CorrectionLapsed, closeOn, deadline,
                $"补正期限{deadline:yyyy-MM-dd}届满，申请人未补正，视为放弃申请（条例第三十条），系统自动办结")
            : new LapseClosing(RequestOutcomes.FeeLapsed, closeOn, deadline,
                $"缴费期限{deadline:yyyy-MM-dd}届满，申请人未缴纳信息处理费，视为放弃申请，系统自动办结");
    }
}
