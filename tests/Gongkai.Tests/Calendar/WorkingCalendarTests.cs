using Gongkai.Calendar;

namespace Gongkai.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Bundled;

    [Theory]
    [InlineData("2024-09-27", 20, "2024-10-30")] // DOMAIN.md §5.1: 09-29 (Sun) and 10-12 (Sat) are worked, 10-01..07 off
    [InlineData("2024-09-27", 1, "2024-09-29")]  // the make-up Sunday is the first working day
    [InlineData("2026-02-13", 1, "2026-02-14")]  // Spring Festival 2026: Saturday 02-14 is worked
    [InlineData("2026-02-14", 1, "2026-02-24")]  // then 02-15..02-23 are off
    [InlineData("2014-09-30", 1, "2014-10-08")]  // National Day 2014
    [InlineData("2014-10-08", 3, "2014-10-11")]  // Saturday 2014-10-11 is a make-up day
    [InlineData("2025-01-24", 2, "2025-01-27")]  // Friday → Sunday 01-26 (make-up) and Monday 01-27
    [InlineData("2023-12-29", 1, "2024-01-02")]  // New Year's Day 2024 off
    public void Adds_working_days_across_holiday_seasons(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkdays(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("2024-10-12", true)]  // make-up Saturday
    [InlineData("2024-10-13", false)] // ordinary Sunday
    [InlineData("2024-10-07", false)] // National Day holiday, a Monday
    [InlineData("2024-10-08", true)]
    [InlineData("2015-09-03", false)] // the 2015 Victory Day holiday
    [InlineData("2015-09-06", true)]  // and its make-up Sunday
    public void Knows_holidays_and_make_up_days(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkday(DateOnly.Parse(day)));

    [Fact]
    public void Counts_working_days_between_dates_without_the_start_day()
    {
        Assert.Equal(20, Calendar.WorkdaysBetween(DateOnly.Parse("2024-09-27"), DateOnly.Parse("2024-10-30")));
        Assert.Equal(0, Calendar.WorkdaysBetween(DateOnly.Parse("2024-10-01"), DateOnly.Parse("2024-10-07")));
    }

    [Fact]
    public void Ships_every_year_from_2014_to_2026() =>
        Assert.Equal(Enumerable.Range(2014, 13), Calendar.Years);
}
