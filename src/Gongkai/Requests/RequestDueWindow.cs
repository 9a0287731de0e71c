using Gongkai.Calendar;

namespace Gongkai.Requests;

/// <summary>
/// Where an open request's answer deadline (答复期限) falls from today: due within 5 working days (<c>soon</c>) or later
/// (<c>later</c>). One rule for the supervision dashboard's bars and the request list they open.
/// </summary>
public static class RequestDueWindow
{
    public const string Soon = "soon";
    public const string Later = "later";
    public const int SoonWorkdays = 5;

    /// <summary>The last day counted as "soon".</summary>
    public static DateOnly SoonUntil(DateOnly today, WorkingCalendar calendar) => calendar.AddWorkdays(today, SoonWorkdays);

    /// <summary>The window of a request, or null when it is closed, has no deadline or is past it.</summary>
    public static string? Of(DateOnly? dueDate, DateOnly? closedOn, DateOnly today, DateOnly soonUntil) =>
        closedOn is not null || dueDate is not { } due || due < today ? null : due <= soonUntil ? Soon : Later;

    public static bool IsKnown(string? window) => window is Soon or Later;
}
