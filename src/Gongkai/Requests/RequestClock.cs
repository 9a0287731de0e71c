using System.Collections.Immutable;
using Gongkai.Calendar;
using Gongkai.Infrastructure;

namespace Gongkai.Requests;

/// <summary>One dated step of the procedure as the clock sees it.</summary>
/// <remarks><paramref name="PartialWaiver"/>: a 减免 step that leaves part of the fee to pay (the clock stays paused).</remarks>
public sealed record ClockEvent(RequestActionType Type, DateOnly On, int? Workdays = null, string? Outcome = null, bool PartialWaiver = false);

/// <summary>Where a request's clock stands after its steps so far (pure, immutable).</summary>
public sealed record ClockState(
    RequestStatus Status, DateOnly ReceivedOn, DateOnly Start, int Limit, int MaxExtension, bool Extended,
    bool CorrectionRequested, int PausedWorkdays, DateOnly? PauseFrom, DateOnly? PauseDeadline,
    DateOnly? DueDate, DateOnly LastOn, DateOnly? ClosedOn, string? Outcome, ImmutableList<string> Lines)
{
    /// <summary>The clock is stopped waiting for the applicant and the waiting period has run out (逾期不补正 / 逾期未缴费).</summary>
    public bool IsLapsed(DateOnly today) =>
        Status is RequestStatus.AwaitingCorrection or RequestStatus.AwaitingFee && PauseDeadline < today;

    public bool IsOverdue(DateOnly today) =>
        Status is RequestStatus.Received or RequestStatus.Accepted or RequestStatus.Consulting && DueDate < today;
}

/// <summary>
/// The statutory reply clock (条例 第三十条至第三十五条; 2008 rules 第二十四条): pure, driven by a working-day calendar.
/// The receipt day is not counted; consultations and fee notices pause the clock; a correction restarts it.
/// </summary>
public static class RequestClock
{
    public static readonly DateOnly Rules2019 = new(2019, 5, 15);
    public const int ConsultationWorkdays = 15;
    public const int FeePaymentWorkdays = 20;
    public const int CorrectionNoticeWorkdays = 7;
    public const int DefaultCorrectionWorkdays = 15;

    public static ClockState Start(DateOnly receivedOn, WorkingCalendar calendar)
    {
        var old = receivedOn < Rules2019;
        var limit = old ? 15 : 20;
        var lines = ImmutableList.Create(
            $"{receivedOn:yyyy-MM-dd} 收到申请，收到当日不计入期限",
            old ? $"答复期限{limit}个工作日（2008年条例第二十四条，2019-05-15前收到的申请）" : $"答复期限{limit}个工作日（条例第三十三条）");
        var state = new ClockState(RequestStatus.Received, receivedOn, receivedOn, limit, limit, false, false, 0, null, null,
            null, receivedOn, null, null, lines);
        return state with { DueDate = Due(state, calendar) };
    }

    public static ClockState Replay(DateOnly receivedOn, IEnumerable<ClockEvent> events, WorkingCalendar calendar) =>
        events.Aggregate(Start(receivedOn, calendar), (s, e) => Apply(s, e, calendar, strict: false));

    /// <summary>Applies one step; with <paramref name="strict"/> a step out of order or out of time is refused (409/400).</summary>
    public static ClockState Apply(ClockState s, ClockEvent e, WorkingCalendar calendar, bool strict = true)
    {
        var next = RequestTransitions.Next(s.Status, e.Type);
        if (strict)
        {
            next = RequestTransitions.Require(s.Status, e.Type);
            Guard(e.On >= s.LastOn, $"步骤日期不能早于上一步（{s.LastOn:yyyy-MM-dd}）");
        }
        var on = e.On;
        var applied = e.Type switch
        {
            RequestActionType.Accept => s.Say($"{on:yyyy-MM-dd} 受理申请"),
            RequestActionType.RequestCorrection => RequestCorrection(s, e, calendar, strict),
            RequestActionType.CorrectionReceived => CorrectionReceived(s, on, strict),
            RequestActionType.ConsultThirdParty => Pause(s, on, calendar.AddWorkdays(on, ConsultationWorkdays),
                $"{on:yyyy-MM-dd} 书面征求第三方或其他机关意见，意见期限至{calendar.AddWorkdays(on, ConsultationWorkdays):yyyy-MM-dd}（条例第三十二条、第三十四条），征求意见时间不计入答复期限"),
            RequestActionType.ThirdPartyReplied => Resume(s, on, calendar, "收到第三方或其他机关意见"),
            RequestActionType.Extend => Extend(s, e, strict),
            RequestActionType.FeeNotice => Pause(s, on, calendar.AddWorkdays(on, FeePaymentWorkdays),
                $"{on:yyyy-MM-dd} 发出收费通知，缴费期限至{calendar.AddWorkdays(on, FeePaymentWorkdays):yyyy-MM-dd}，等待缴费期间暂停计算"),
            RequestActionType.FeePaid => FeePaid(s, on, calendar, strict),
            RequestActionType.FeeWaived => FeeWaived(s, e, calendar, strict),
            RequestActionType.Reply => Reply(s, e, strict),
            RequestActionType.Withdraw => Close(s, on, RequestOutcomes.Other, $"{on:yyyy-MM-dd} 申请人撤回申请，办结"),
        };
        if (e.Type == RequestActionType.FeeWaived && e.PartialWaiver && next is not null)
        {
            next = RequestStatus.AwaitingFee; // part of the fee is still due: the payment period keeps running
        }
        applied = applied with { Status = next ?? applied.Status, LastOn = on > s.LastOn ? on : s.LastOn };
        return applied.Status == RequestStatus.Closed ? applied : applied with { DueDate = Due(applied, calendar) };
    }

    /// <summary>The due date: start + limit + paused working days; an open pause counts until its deadline; null while awaiting a correction.</summary>
    public static DateOnly? Due(ClockState s, WorkingCalendar calendar) => s.Status switch
    {
        RequestStatus.AwaitingCorrection => null,
        RequestStatus.Consulting or RequestStatus.AwaitingFee when s.PauseFrom is { } from && s.PauseDeadline is { } until =>
            calendar.AddWorkdays(s.Start, s.Limit + s.PausedWorkdays + calendar.WorkdaysBetween(from, until)),
        _ => calendar.AddWorkdays(s.Start, s.Limit + s.PausedWorkdays),
    };

    /// <summary>The "why this date" lines, ending with the conclusion.</summary>
    public static IReadOnlyList<string> Breakdown(ClockState s) => s.Status switch
    {
        RequestStatus.Closed => [.. s.Lines],
        RequestStatus.AwaitingCorrection => [.. s.Lines, $"等待补正，补正期限至{s.PauseDeadline:yyyy-MM-dd}；收到补正后重新计算答复期限"],
        RequestStatus.Consulting or RequestStatus.AwaitingFee => [.. s.Lines, $"暂停中，按期满之日恢复计算，答复期限暂定为{s.DueDate:yyyy-MM-dd}"],
        _ => [.. s.Lines, s.PausedWorkdays > 0
            ? $"答复期限：自{s.Start:yyyy-MM-dd}起{s.Limit}个工作日，加暂停的{s.PausedWorkdays}个工作日，至{s.DueDate:yyyy-MM-dd}"
            : $"答复期限：自{s.Start:yyyy-MM-dd}起{s.Limit}个工作日，至{s.DueDate:yyyy-MM-dd}"],
    };

    private static ClockState Say(this ClockState s, string line) => s with { Lines = s.Lines.Add(line) };

    private static ClockState RequestCorrection(ClockState s, ClockEvent e, WorkingCalendar calendar, bool strict)
    {
        var latest = calendar.AddWorkdays(s.ReceivedOn, CorrectionNoticeWorkdays);
        if (strict)
        {
            Guard(!s.CorrectionRequested, "补正只能一次性告知，不能重复告知（条例第三十条）");
            Guard(e.On <= latest, $"补正告知应当自收到申请之日起7个工作日内（{latest:yyyy-MM-dd}前）作出（条例第三十条）");
            if (e.Workdays is < 1 or > 60)
            {
                throw ValidationException.For("workdays", "补正期限应为1至60个工作日");
            }
        }
        var deadline = calendar.AddWorkdays(e.On, e.Workdays ?? DefaultCorrectionWorkdays);
        return s.Say($"{e.On:yyyy-MM-dd} 一次性告知补正，补正期限至{deadline:yyyy-MM-dd}；答复期限自收到补正之日起重新计算（条例第三十条）")
            with { CorrectionRequested = true, PauseFrom = e.On, PauseDeadline = deadline };
    }

    private static ClockState CorrectionReceived(ClockState s, DateOnly on, bool strict)
    {
        if (strict)
        {
            Guard(on <= s.PauseDeadline, $"已超过补正期限（{s.PauseDeadline:yyyy-MM-dd}），应按逾期不补正（3.6.1）办结");
        }
        return s.Say($"{on:yyyy-MM-dd} 收到补正后的申请，答复期限自该日重新起算")
            with { Start = on, PausedWorkdays = 0, PauseFrom = null, PauseDeadline = null };
    }

    private static ClockState Pause(ClockState s, DateOnly on, DateOnly deadline, string line) =>
        s.Say(line) with { PauseFrom = on, PauseDeadline = deadline };

    private static ClockState Resume(ClockState s, DateOnly on, WorkingCalendar calendar, string what)
    {
        var from = s.PauseFrom ?? on;
        var until = s.PauseDeadline is { } d && d < on ? d : on;
        var paused = calendar.WorkdaysBetween(from, until);
        var late = until < on ? $"（期满{until:yyyy-MM-dd}后收到，只扣除至期满）" : "";
        return s.Say($"{on:yyyy-MM-dd} {what}{late}，暂停{paused}个工作日不计入期限")
            with { PausedWorkdays = s.PausedWorkdays + paused, PauseFrom = null, PauseDeadline = null };
    }

    private static ClockState Extend(ClockState s, ClockEvent e, bool strict)
    {
        var days = e.Workdays ?? s.MaxExtension;
        if (strict)
        {
            Guard(!s.Extended, "答复期限只能延长一次");
            Guard(s.DueDate is null || e.On <= s.DueDate, $"答复期限已于{s.DueDate:yyyy-MM-dd}届满，不能再延长");
            if (days < 1 || days > s.MaxExtension)
            {
                throw ValidationException.For("workdays", $"延长期限应为1至{s.MaxExtension}个工作日");
            }
        }
        return s.Say($"{e.On:yyyy-MM-dd} 经政府信息公开工作机构负责人同意，延长答复期限{days}个工作日（条例第三十三条第二款）")
            with { Limit = s.Limit + days, Extended = true };
    }

    private static ClockState FeePaid(ClockState s, DateOnly on, WorkingCalendar calendar, bool strict)
    {
        if (strict)
        {
            Guard(on <= s.PauseDeadline, $"已超过缴费期限（{s.PauseDeadline:yyyy-MM-dd}），应按逾期未缴费（3.6.2）办结");
        }
        return Resume(s, on, calendar, "申请人缴纳信息处理费");
    }

    /// <summary>
    /// 减免: the organ waives the fee it noticed (in whole or in part) while payment is pending. The law (条例第四十二条,
    /// 办法 国办函〔2020〕109号) only says the fee "may" be charged, so the organ may also forgo it; a full waiver leaves nothing to
    /// wait for and resumes the clock exactly as a payment would (the paused days up to the waiver are not counted). A partial
    /// reduction leaves the rest to pay, so the clock stays paused until payment, within the original payment deadline.
    /// A waiver after that deadline is refused: the request has lapsed and is closed as 逾期未缴费 (3.6.2).
    /// </summary>
    private static ClockState FeeWaived(ClockState s, ClockEvent e, WorkingCalendar calendar, bool strict)
    {
        if (strict)
        {
            Guard(e.On <= s.PauseDeadline, $"已超过缴费期限（{s.PauseDeadline:yyyy-MM-dd}），应按逾期未缴费（3.6.2）办结，不能再减免");
        }
        return e.PartialWaiver
            ? s.Say($"{e.On:yyyy-MM-dd} 部分减免信息处理费，余额仍待缴纳，缴费期限仍至{s.PauseDeadline:yyyy-MM-dd}")
            : Resume(s, e.On, calendar, "免除信息处理费，视同已缴费恢复计算");
    }

    private static ClockState Reply(ClockState s, ClockEvent e, bool strict)
    {
        var outcome = e.Outcome;
        if (strict)
        {
            if (string.IsNullOrWhiteSpace(outcome))
            {
                throw ValidationException.For("outcome", "答复必须选择办理结果（outcome）");
            }
            if (!RequestOutcomes.IsKnown(outcome))
            {
                throw ValidationException.For("outcome", $"办理结果“{outcome}”不是年度报告申请情况表中的行号");
            }
            GuardReply(s, e.On, outcome!);
        }
        var label = RequestOutcomes.Labels.GetValueOrDefault(outcome ?? "", outcome ?? "");
        return Close(s, e.On, outcome, $"{e.On:yyyy-MM-dd} 作出答复：{label}，办结");
    }

    private static void GuardReply(ClockState s, DateOnly on, string outcome)
    {
        switch (s.Status)
        {
            case RequestStatus.AwaitingCorrection:
                Guard(outcome == RequestOutcomes.CorrectionLapsed, "待补正的申请只能按逾期不补正（3.6.1）办结，或由申请人撤回");
                Guard(on > s.PauseDeadline, $"补正期限（{s.PauseDeadline:yyyy-MM-dd}）届满前不能按逾期不补正办结");
                break;
            case RequestStatus.AwaitingFee:
                Guard(outcome == RequestOutcomes.FeeLapsed, "待缴费的申请只能按逾期未缴费（3.6.2）办结，或由申请人撤回");
                Guard(on > s.PauseDeadline, $"缴费期限（{s.PauseDeadline:yyyy-MM-dd}）届满前不能按逾期未缴费办结");
                break;
            default:
                Guard(outcome is not (RequestOutcomes.CorrectionLapsed or RequestOutcomes.FeeLapsed),
                    "逾期不补正、逾期未缴费只能在告知补正或发出收费通知且期限届满后作出");
                break;
        }
    }

    private static ClockState Close(ClockState s, DateOnly on, string? outcome, string line) =>
        s.Say(line) with { ClosedOn = on, Outcome = outcome, PauseFrom = null, PauseDeadline = null };

    private static void Guard(bool ok, string reason)
    {
        if (!ok)
        {
            throw new ConflictException(reason);
        }
    }
}
