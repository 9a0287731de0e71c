using Gongkai.Infrastructure;

namespace Gongkai.Requests;

/// <summary>Which step may follow which status (pure). A null answer is a step out of order.</summary>
public static class RequestTransitions
{
    public static RequestStatus? Next(RequestStatus from, RequestActionType action) => (from, action) switch
    {
        (RequestStatus.Closed, _) => null,
        (_, RequestActionType.Withdraw) => RequestStatus.Closed,
        (RequestStatus.Received, RequestActionType.Accept) => RequestStatus.Accepted,
        (RequestStatus.Received or RequestStatus.Accepted, RequestActionType.RequestCorrection) => RequestStatus.AwaitingCorrection,
        (RequestStatus.AwaitingCorrection, RequestActionType.CorrectionReceived) => RequestStatus.Accepted,
        (RequestStatus.Accepted, RequestActionType.ConsultThirdParty) => RequestStatus.Consulting,
        (RequestStatus.Consulting, RequestActionType.ThirdPartyReplied) => RequestStatus.Accepted,
        (RequestStatus.Accepted, RequestActionType.Extend) => RequestStatus.Accepted,
        (RequestStatus.Accepted, RequestActionType.FeeNotice) => RequestStatus.AwaitingFee,
        (RequestStatus.AwaitingFee, RequestActionType.FeePaid) => RequestStatus.Accepted,
        // A full waiver resumes the clock like a payment; a partial one keeps it paused (RequestClock, FeeWaiver).
        (RequestStatus.AwaitingFee, RequestActionType.FeeWaived) => RequestStatus.Accepted,
        (RequestStatus.Accepted or RequestStatus.AwaitingCorrection or RequestStatus.AwaitingFee, RequestActionType.Reply) => RequestStatus.Closed,
        _ => null,
    };

    /// <summary>The Chinese reason a step is refused in a status.</summary>
    public static string Refusal(RequestStatus from, RequestActionType action) => (from, action) switch
    {
        (RequestStatus.Closed, _) => "该申请已办结，不能再执行“" + RequestStatusText.Chinese(action) + "”",
        (RequestStatus.Received, RequestActionType.Reply) => "请先受理申请，再作出答复",
        (_, RequestActionType.Accept) => "该申请已受理",
        (_, RequestActionType.RequestCorrection) => "补正只能在受理阶段一次性告知，且不能重复告知",
        (_, RequestActionType.CorrectionReceived) => "该申请未处于待补正状态",
        (_, RequestActionType.ThirdPartyReplied) => "该申请未在征求意见",
        (_, RequestActionType.FeePaid) => "该申请未发出收费通知",
        (_, RequestActionType.FeeWaived) => "只有已发出收费通知、尚待缴费的申请才能减免信息处理费",
        _ => "当前状态为“" + RequestStatusText.Chinese(from) + "”，不能执行“" + RequestStatusText.Chinese(action) + "”",
    };

    public static RequestStatus Require(RequestStatus from, RequestActionType action) =>
        Next(from, action) ?? throw new ConflictException(Refusal(from, action));
}
