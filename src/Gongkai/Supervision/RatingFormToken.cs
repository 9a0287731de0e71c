using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Supervision;

/// <summary>
/// The antiforgery token of the rating form on cached pages. The portal's item page is output-cached and shared by every
/// visitor, so it must not carry a visitor's token (nor set the antiforgery cookie, which would keep it out of the cache):
/// its form fetches a fresh token here (never cached; sets the visitor's cookie) and then posts to /ratings as usual.
/// Without script the same form is a GET to /ratings?item=…, the uncached rating page with its own token.
/// </summary>
internal static class RatingFormToken
{
    public const string Path = "/ratings/token";

    public static void MapRatingFormToken(this WebApplication app) =>
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new { field = tokens.FormFieldName, token = tokens.RequestToken });
        }).AllowAnonymous().ExcludeFromDescription();
}
