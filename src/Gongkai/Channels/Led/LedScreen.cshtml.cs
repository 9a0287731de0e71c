using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Channels.Led;

/// <summary>
/// An outdoor LED screen (室外LED大屏幕) as a page: scrolls the screen's current messages around the clock and polls
/// its JSON feed (conditional GET, 304 when nothing changed) to pick up publications and withdrawals without a reload.
/// </summary>
public sealed class LedScreenModel(LedFeed feed) : PageModel
{
    public const int DefaultPollSeconds = 5;
    public LedFeedView Feed { get; private set; } = null!;
    public int PollSeconds { get; private set; } = DefaultPollSeconds;

    public async Task OnGetAsync(string screen, int? poll)
    {
        Feed = await feed.BuildAsync(screen, HttpContext.RequestAborted);
        PollSeconds = poll is >= 1 and <= 300 ? poll.Value : DefaultPollSeconds;
    }
}
