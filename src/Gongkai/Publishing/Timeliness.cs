using Gongkai.Calendar;

namespace Gongkai.Publishing;

/// <summary>条例 第二十六条: proactive information is published within 20 working days of being formed or changed.</summary>
public static class Timeliness
{
    public const int Workdays = 20;

    /// <summary>The one place that chooses the working calendar for publication deadlines.</summary>
    public static WorkingCalendar Calendar => WorkingCalendar.Bundled;

    public static DateOnly Deadline(DateOnly formedOn) => Calendar.AddWorkdays(formedOn, Workdays);

    public static bool IsLate(DateOnly formedOn, DateOnly publishedOn) => publishedOn > Deadline(formedOn);

    /// <summary>The calendar day in China (UTC+8) of an instant.</summary>
    public static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));
}
