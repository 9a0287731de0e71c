using Gongkai.Calendar;

namespace Gongkai.Appeals;

/// <summary>
/// Calendar-day periods (民法典 第二百零一条/第二百零三条): the start day is not counted, and a period ending on a
/// day off ends on the next working day. A review is decided within 60 days, extendable by 30 (行政复议法 第六十二条).
/// </summary>
public static class AppealDeadline
{
    public const int ReviewDays = 60;
    public const int ReviewExtensionDays = 30;

    public static DateOnly AddDays(DateOnly start, int days, WorkingCalendar calendar)
    {
        var end = start.AddDays(days);
        while (!calendar.IsWorkday(end))
        {
            end = end.AddDays(1);
        }
        return end;
    }

    public static (DateOnly Due, DateOnly Extended) Review(DateOnly filedOn, WorkingCalendar calendar) =>
        (AddDays(filedOn, ReviewDays, calendar), AddDays(filedOn, ReviewDays + ReviewExtensionDays, calendar));
}
