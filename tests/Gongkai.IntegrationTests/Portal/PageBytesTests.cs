using System.Net;
using System.Net.Http.Headers;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>The front byte cache of anonymous portal pages (页面字节缓存).</summary>
public sealed class PageBytesTests(TestApp app) : IClassFixture<TestApp>
{
    private static string? CacheHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache", out var values) ? string.Join(",", values) : null;

    private async Task<HttpResponseMessage> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? app.Anonymous()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task The_second_request_is_answered_from_the_byte_cache_with_an_etag_and_304()
    {
        const string url = "/xxgk/unit/230124-005";
        var first = await GetAsync(url);
        var second = await GetAsync(url);
        Assert.Equal("hit", CacheHeader(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType?.MediaType, second.Content.Headers.ContentType?.MediaType);
        var etag = second.Headers.ETag;
        Assert.NotNull(etag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await app.Anonymous().SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().SendAsync(stale)).StatusCode);

        var zipped = new HttpRequestMessage(HttpMethod.Get, url);
        zipped.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var gzip = await app.Anonymous().SendAsync(zipped);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        await using var unzip = new System.IO.Compression.GZipStream(await gzip.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(await second.Content.ReadAsStringAsync(), await new StreamReader(unzip).ReadToEndAsync());
    }

    [Fact]
    public async Task A_publish_evicts_the_unit_page_and_the_new_item_shows()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        const string url = "/xxgk/unit/230124-003";
        await GetAsync(url);
        Assert.Equal("hit", CacheHeader(await GetAsync(url)));

        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("关于字节缓存失效测试的通知"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        await sync.DrainOnceAsync();

        var after = await GetAsync(url);
        Assert.Equal("miss", CacheHeader(after));
        Assert.Contains("关于字节缓存失效测试的通知", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("hit", CacheHeader(await GetAsync(url)));
    }

    [Fact]
    public async Task Logged_in_requests_bypass_the_byte_cache()
    {
        const string url = "/xxgk/unit/230124-006";
        await GetAsync(url);
        Assert.Equal("hit", CacheHeader(await GetAsync(url)));
        var bearer = await app.LoginAsync("editor");
        Assert.Null(CacheHeader(await GetAsync(url, bearer)));
        var cookie = new HttpRequestMessage(HttpMethod.Get, url);
        cookie.Headers.Add("Cookie", "gongkai.staff=anything");
        Assert.Null(CacheHeader(await app.Anonymous().SendAsync(cookie)));
    }

    [Theory]
    [InlineData("/xxgk/apply")] // a form with an antiforgery token and cookie, no output-cache policy
    [InlineData("/xxgk/unit/230124-007?culture=en")] // sets the culture cookie
    public async Task Pages_with_forms_or_cookies_are_never_stored(string url)
    {
        await GetAsync(url);
        var again = await GetAsync(url);
        // Not captured at all without a portal policy (no X-Cache), captured but not stored with one ("miss").
        Assert.Equal(url.Contains("culture", StringComparison.Ordinal) ? "miss" : null, CacheHeader(again));
    }

    [Fact]
    public async Task The_culture_cookie_is_part_of_the_key()
    {
        const string url = "/xxgk/unit/230124-008";
        await GetAsync(url);
        var english = new HttpRequestMessage(HttpMethod.Get, url);
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var response = await app.Anonymous().SendAsync(english);
        Assert.Equal("miss", CacheHeader(response));
        Assert.Contains("<html lang=\"en\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/opendata/catalog.json")] // streamed JSON of the public API family, no portal cache policy
    [InlineData("/opendata/catalog.csv")] // a download (Content-Disposition: attachment)
    public async Task Answers_without_a_portal_cache_policy_stream_through_uncaptured_while_portal_pages_still_hit(string url)
    {
        var first = await GetAsync(url);
        var second = await GetAsync(url);
        Assert.Null(CacheHeader(first));
        Assert.Null(CacheHeader(second));
        Assert.NotEmpty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        var page = "/xxgk/unit/230124-007?probe=" + Path.GetExtension(url).TrimStart('.');
        Assert.Equal("miss", CacheHeader(await GetAsync(page)));
        Assert.Equal("hit", CacheHeader(await GetAsync(page)));
    }
}
