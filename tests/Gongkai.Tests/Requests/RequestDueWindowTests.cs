using Gongkai.Calendar;
using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

/// <summary>The window rule shared by the dashboard's due-date bars and the request list they open.</summary>
public sealed class RequestDueWindowTests
{
    private static readonly DateOnly Today = new(2024, 10, 8);

    [Theory]
    [InlineData("2024-10-08", null, "soon")]
    [InlineData("2024-10-14", null, "soon")] // the 5th working day after Tuesday 8 October (Saturday 12th is a make-up workday)
    [InlineData("2024-10-15", null, "later")]
    [InlineData("2024-12-01", null, "later")]
    [InlineData("2024-10-07", null, null)] // overdue: its own bar
    [InlineData("2024-10-10", "2024-10-01", null)] // closed
    [InlineData(null, null, null)]
    public void A_request_falls_in_one_window_at_most(string? due, string? closed, string? expected)
    {
        var until = RequestDueWindow.SoonUntil(Today, WorkingCalendar.Bundled);
        Assert.Equal(new DateOnly(2024, 10, 14), until);
        Assert.Equal(expected, RequestDueWindow.Of(P(due), P(closed), Today, until));
    }

    private static DateOnly? P(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
