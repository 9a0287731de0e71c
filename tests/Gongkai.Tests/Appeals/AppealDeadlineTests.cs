using Gongkai.Appeals;
using Gongkai.Calendar;

namespace Gongkai.Tests.Appeals;

public sealed class AppealDeadlineTests
{
    [Theory]
    [InlineData("2024-08-02", "2024-10-08", "2024-10-31")] // day 60 is 10-01 (holiday) → after the holiday
    [InlineData("2024-03-01", "2024-04-30", "2024-05-30")]
    [InlineData("2023-10-31", "2024-01-02", "2024-01-29")] // day 60 is 2023-12-30 (Sat), then 12-31 and New Year off → 01-02
    public void Review_decision_due_in_60_days_extendable_by_30(string filed, string due, string extended)
    {
        var (d, e) = AppealDeadline.Review(DateOnly.Parse(filed), WorkingCalendar.Bundled);
        Assert.Equal(DateOnly.Parse(due), d);
        Assert.Equal(DateOnly.Parse(extended), e);
    }
}
