using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Channels;

/// <summary><c>/led/{screen}/feed.txt</c> and <c>feed.json</c> for LED controller software (and the LED page): ETag, Last-Modified, 304.</summary>
internal static class LedFeedApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/led/{screen}/feed.json", (string screen, LedFeed feed, HttpContext http) =>
            AnswerAsync(screen, feed, http, "application/json; charset=utf-8", f => System.Text.Json.JsonSerializer.Serialize(new
            {
                screen = f.Screen, name = f.Name, place = f.Place, maxLength = f.MaxLength, lastModified = f.LastModified,
                messages = f.Messages.Select(m => new { id = m.Id, text = m.Text, publishedAt = m.PublishedAt }),
            }))).AllowAnonymous().WithTags("Channels");
        app.MapGet("/led/{screen}/feed.txt", (string screen, LedFeed feed, HttpContext http) =>
            AnswerAsync(screen, feed, http, "text/plain; charset=utf-8", LedFeed.PlainText)).AllowAnonymous().WithTags("Channels");
    }

    private static async Task<IResult> AnswerAsync(string screen, LedFeed feed, HttpContext http, string contentType, Func<LedFeedView, string> render)
    {
        var view = await feed.BuildAsync(screen, http.RequestAborted);
        var headers = http.Response.Headers;
        headers.ETag = view.ETag;
        headers.LastModified = view.LastModified.ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = "no-cache";
        if (NotModified(http.Request, view))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(Encoding.UTF8.GetBytes(render(view)), contentType);
    }

    /// <summary>If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).</summary>
    public static bool NotModified(HttpRequest request, LedFeedView view)
    {
        var noneMatch = request.Headers.IfNoneMatch.ToString();
        if (noneMatch.Length > 0)
        {
            return noneMatch == "*" || noneMatch.Split(',').Select(t => t.Trim()).Any(t => t == view.ETag || t == "W/" + view.ETag);
        }
        var since = request.Headers.IfModifiedSince.ToString();
        return since.Length > 0 && HeaderUtilities.TryParseDate(since, out var date)
            && view.LastModified.AddTicks(-(view.LastModified.Ticks % TimeSpan.TicksPerSecond)) <= date.UtcDateTime;
    }
}
