namespace Gongkai.Calendar;

/// <summary>
/// China's working days (pure): Monday to Friday except official days off, plus weekend make-up days.
/// Periods in working days do not count the start day (民法典 第二百零一条): the first day counted is the next working day.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> daysOff;
    private readonly HashSet<DateOnly> makeUpDays;

    public WorkingCalendar(IEnumerable<HolidayYear> years)
    {
        var list = years.ToList();
        daysOff = list.SelectMany(y => y.Holidays).ToHashSet();
        makeUpDays = list.SelectMany(y => y.Workdays).ToHashSet();
        Years = list.Select(y => y.Year).Order().ToList();
    }

    /// <summary>The years whose notices this calendar knows; outside them only weekends are days off.</summary>
    public IReadOnlyList<int> Years { get; }

    public static WorkingCalendar Bundled { get; } = new(HolidayYear.Bundled());

    public bool IsWorkday(DateOnly day) =>
        makeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !daysOff.Contains(day));

    public bool IsMakeUpDay(DateOnly day) => makeUpDays.Contains(day);

    public bool IsHoliday(DateOnly day) => daysOff.Contains(day);

    /// <summary>The day <paramref name="workdays"/> working days after <paramref name="start"/> (which is not counted).</summary>
    public DateOnly AddWorkdays(DateOnly start, int workdays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workdays);
        var day = start;
        while (workdays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkday(day))
            {
                workdays--;
            }
        }
        return day;
    }

    /// <summary>Working days in (from, to]: how many working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkdaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkday(day))
            {
                count++;
            }
        }
        return count;
    }
}
