using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Portal.PageBytes;

/// <summary>
/// The first middleware: answers an anonymous <c>GET</c>/<c>HEAD</c> of a portal page from <see cref="PageBytesCache"/>
/// without running the pipeline (no routing, authentication, localisation or output-cache key), with an ETag and a
/// 304 on <c>If-None-Match</c>, and gzip when asked. On a miss it lets the pipeline render — capturing the bytes only
/// past routing, on endpoints the output cache covers (<see cref="MarkAsync"/>) — and stores them only when
/// the output cache would have stored them too (the endpoint has a portal cache policy, the answer is 200 without
/// Set-Cookie, not private, no antiforgery form). The key is what the portal varies by: scheme, host, path, query,
/// the culture cookie and the larger-text cookie (适老化). Any other cookie (a staff login, an antiforgery cookie) or an
/// Authorization header bypasses the cache.
/// </summary>
public sealed class ServePageBytes(RequestDelegate next, PageBytesCache cache, TimeProvider time)
{
    private const int CaptureLimit = 1 << 20;
    private const string ContextKey = "gk-page-bytes-oc";
    private const string WantKey = "gk-page-bytes-want";
    private static readonly string CultureCookie = CookieRequestCultureProvider.DefaultCookieName;
    private static readonly string[] Skipped = ["Set-Cookie", "Date", "Content-Length", "Transfer-Encoding", "Age", "ETag", "X-Cache", "Server"];
    private static readonly byte[] AntiforgeryField = "__RequestVerificationToken"u8.ToArray();

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var get = HttpMethods.IsGet(request.Method);
        if ((!get && !HttpMethods.IsHead(request.Method)) || request.Headers.ContainsKey(HeaderNames.Authorization)
            || request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) || Key(request) is not { } key)
        {
            await next(http);
            return;
        }
        if (cache.Find(key) is { } entry)
        {
            await WriteAsync(http, entry, get);
            return;
        }
        if (!get)
        {
            await next(http);
            return;
        }
        await RenderAndStoreAsync(http, key);
    }

    /// <summary>
    /// Placed right after the output cache, so reached after routing and only on endpoints with a portal cache policy
    /// that the output cache did not answer: only there, and only when the front cache asked for it, the answer is
    /// captured. Other answers (APIs without a policy, downloads, exports) stream through untouched.
    /// </summary>
    public static Task MarkAsync(HttpContext http, RequestDelegate next) =>
        http.Items.ContainsKey(WantKey) && http.Features.Get<IOutputCacheFeature>() is { } feature
            ? CaptureAsync(http, next, feature.Context)
            : next(http);

    private static async Task CaptureAsync(HttpContext http, RequestDelegate next, OutputCacheContext context)
    {
        var original = http.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new CaptureStream(original.Stream, CaptureLimit);
        var shim = new StreamResponseBodyFeature(capture, original);
        http.Features.Set<IHttpResponseBodyFeature>(shim);
        // Added as the answer starts, after the output cache has copied the headers it keeps (it must not replay it).
        http.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers["X-Cache"] = "miss";
            return Task.CompletedTask;
        }, http.Response);
        try
        {
            await next(http);
            await shim.CompleteAsync();
        }
        finally
        {
            http.Features.Set(original);
        }
        http.Items[ContextKey] = new Captured(capture, context);
    }

    private static string? Key(HttpRequest request)
    {
        string? culture = null, larger = null;
        if (request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            foreach (var (name, value) in request.Cookies)
            {
                if (name == CultureCookie)
                {
                    culture = value;
                }
                else if (name == "gk-a11y")
                {
                    larger = value;
                }
                else
                {
                    return null;
                }
            }
        }
        return string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value,
            request.QueryString.Value, "|" + culture, "|" + larger);
    }

    private async Task WriteAsync(HttpContext http, PageBytesEntry entry, bool withBody)
    {
        var response = http.Response;
        var headers = response.Headers;
        foreach (var (name, value) in entry.Headers)
        {
            headers[name] = value;
        }
        var age = (long)(time.GetUtcNow() - entry.StoredAt).TotalSeconds;
        headers.Age = age.ToString(CultureInfo.InvariantCulture);
        headers["X-Cache"] = "hit";
        var gzip = entry.Compressible && AcceptsGzip(http.Request);
        var etag = gzip ? entry.ETag.Insert(entry.ETag.Length - 1, "-gz") : entry.ETag;
        headers.ETag = etag;
        if (entry.Compressible)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var body = gzip ? entry.Gzip : entry.Body;
        if (gzip)
        {
            headers.ContentEncoding = "gzip";
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        if (withBody)
        {
            await response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private async Task RenderAndStoreAsync(HttpContext http, string key)
    {
        var startedAt = cache.Generation;
        http.Items[WantKey] = null;
        await next(http);
        if (http.Items[ContextKey] is Captured captured && Storable(http, captured) is { } context)
        {
            var body = captured.Stream.ToArray();
            if (body.AsSpan().IndexOf(AntiforgeryField) < 0)
            {
                cache.Store(key, Entry(http.Response, body, context), startedAt);
            }
        }
    }

    private static OutputCacheContext? Storable(HttpContext http, Captured captured)
    {
        var response = http.Response;
        var context = captured.Context;
        if (!context.AllowCacheStorage || !captured.Stream.Complete
            || response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            return null;
        }
        var cacheControl = response.Headers.CacheControl.ToString();
        return cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase) ? null : context;
    }

    private PageBytesEntry Entry(HttpResponse response, byte[] body, OutputCacheContext context)
    {
        var headers = response.Headers.Where(h => !Skipped.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).ToArray();
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 12).Replace('+', '-').Replace('/', '_') + "\"";
        var now = time.GetUtcNow();
        return new PageBytesEntry(body, Compressible(response, body), etag, headers,
            new HashSet<string>(context.Tags, StringComparer.Ordinal), now, now + (context.ResponseExpirationTimeSpan ?? TimeSpan.FromMinutes(10)));
    }

    private static bool Compressible(HttpResponse response, byte[] body) => body.Length >= 1024
        && response.ContentType is { } type && (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase));

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var tag in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (tag == "*" || tag == etag || tag == "W/" + etag)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private sealed record Captured(CaptureStream Stream, OutputCacheContext Context);
}
