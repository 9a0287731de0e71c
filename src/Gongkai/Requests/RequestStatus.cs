namespace Gongkai.Requests;

public enum RequestStatus
{
    /// <summary>登记，待受理 — the clock already runs from receipt.</summary>
    Received,
    /// <summary>办理中.</summary>
    Accepted,
    /// <summary>待补正 — clock stopped; restarts when the corrected request arrives.</summary>
    AwaitingCorrection,
    /// <summary>征求意见中 — clock paused.</summary>
    Consulting,
    /// <summary>待缴费 — clock paused.</summary>
    AwaitingFee,
    /// <summary>已办结.</summary>
    Closed,
}

public enum RequestActionType
{
    Accept,
    RequestCorrection,
    CorrectionReceived,
    ConsultThirdParty,
    ThirdPartyReplied,
    Extend,
    FeeNotice,
    FeePaid,
    Reply,
    Withdraw,
    /// <summary>减免信息处理费 (full or partial); see <see cref="FeeWaiver"/>.</summary>
    FeeWaived,
}

public static class RequestStatusText
{
    public static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Chinese(RequestStatus status) => status switch
    {
        RequestStatus.Received => "已收到，待受理",
        RequestStatus.Accepted => "办理中",
        RequestStatus.AwaitingCorrection => "待申请人补正",
        RequestStatus.Consulting => "征求第三方或其他机关意见中",
        RequestStatus.AwaitingFee => "待缴纳信息处理费",
        RequestStatus.Closed => "已办结",
    };

    public static string Chinese(RequestActionType type) => type switch
    {
        RequestActionType.Accept => "受理申请",
        RequestActionType.RequestCorrection => "告知补正",
        RequestActionType.CorrectionReceived => "收到补正材料",
        RequestActionType.ConsultThirdParty => "征求第三方或其他机关意见",
        RequestActionType.ThirdPartyReplied => "收到第三方或其他机关意见",
        RequestActionType.Extend => "延长答复期限",
        RequestActionType.FeeNotice => "发出收费通知",
        RequestActionType.FeePaid => "缴纳信息处理费",
        RequestActionType.Reply => "作出答复",
        RequestActionType.Withdraw => "申请人撤回申请",
        RequestActionType.FeeWaived => "减免信息处理费",
    };
}
