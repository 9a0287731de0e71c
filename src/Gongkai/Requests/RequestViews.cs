namespace Gongkai.Requests;

public sealed record FiledRequest(string Number, string QueryCode, DateTimeOffset ReceivedAt, DateOnly? DueDate, RequestStatus Status);

public sealed record TimelineEntry(int Sequence, RequestActionType Type, string Text, DateTimeOffset At, DateOnly On,
    string? Outcome, string? Note, int? Workdays, long? FeeFen, string Actor);

public sealed record ApplicantView(ApplicantType Type, string Name, IdType? IdType, string? IdNumber, string? Organization,
    string? CreditCode, string? Phone, string? Email, string? Address);

/// <summary>A request as the officer sees it: everything, with the timeline and the "why this date" lines.</summary>
public sealed record RequestView(
    string Number, string QueryCode, string UnitCode, string UnitName, RequestChannel Channel, DateTimeOffset ReceivedAt, DateOnly ReceivedOn,
    RequestStatus Status, string StatusText, DateOnly? DueDate, bool Overdue, bool Lapsed, DateOnly? PauseDeadline,
    DateOnly? ClosedOn, string? Outcome, string? OutcomeText, ApplicantView Applicant, string Subject, string? Description,
    DeliveryMethod Delivery, string? PossibleRepeatOf, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<string> Breakdown);

public sealed record RequestRow(string Number, string UnitCode, string UnitName, string Subject, ApplicantType ApplicantType, string ApplicantName,
    DateOnly ReceivedOn, RequestStatus Status, string StatusText, DateOnly? DueDate, bool Overdue, bool Lapsed, string? PossibleRepeatOf);

/// <summary>One line of the applicant's timeline; <see cref="Text"/> is the Chinese the API gives, the step's data
/// (not in the JSON) lets the portal say it in English. <see cref="Type"/> is null for the first line (收到申请).</summary>
public sealed record PublicTimelineEntry(DateOnly On, string Text)
{
    [System.Text.Json.Serialization.JsonIgnore] public RequestActionType? Type { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public string? Outcome { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public int? Workdays { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public long? FeeFen { get; init; }
}

/// <summary>What the applicant sees with the query code: nothing about who applied.</summary>
public sealed record PublicRequestStatus(string Number, string UnitName, DateOnly ReceivedOn, RequestStatus Status, string StatusText,
    DateOnly? DueDate, DateOnly? ClosedOn, string? OutcomeText, IReadOnlyList<PublicTimelineEntry> Timeline);

internal static class RequestTimes
{
    public static DateTimeOffset China(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaTime.Offset);

    public static string Describe(RequestStep s) => s.Type switch
    {
        RequestActionType.Reply => $"作出答复：{RequestOutcomes.Labels.GetValueOrDefault(s.Outcome ?? "", s.Outcome ?? "")}",
        RequestActionType.Extend => $"延长答复期限{s.Workdays}个工作日",
        RequestActionType.FeeNotice => $"发出收费通知，信息处理费{s.FeeFen / 100m:0.00}元",
        RequestActionType.RequestCorrection => "一次性告知申请人补正",
        RequestActionType.FeeWaived => $"减免信息处理费{s.FeeFen / 100m:0.00}元",
        _ => RequestStatusText.Chinese(s.Type),
    };
}
