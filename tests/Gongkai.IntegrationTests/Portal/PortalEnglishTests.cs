using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>The portal in English (门户英文版): chosen by <c>?culture=en</c>, remembered in the culture cookie, never cached across languages.</summary>
public sealed class PortalEnglishTests(TestApp app) : IClassFixture<TestApp>
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private static string? CacheHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache", out var values) ? string.Join(",", values) : null;

    private async Task<(string Html, HttpResponseMessage Response)> GetAsync(string url, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        var response = await app.Anonymous().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 400)]}");
        return (html, response);
    }

    private async Task<string> ItemUrlAsync()
    {
        var list = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/items?kind=normativeDocument&pageSize=1"));
        return $"/xxgk/items/{list.GetProperty("items")[0].GetProperty("id")}";
    }

    private async Task<(string Url, string English, string Chinese)[]> PagesAsync() =>
    [
        ("/", "Latest disclosures", "最新公开"),
        ("/xxgk/catalog", "Disclosure catalogue", "公开目录"),
        (await ItemUrlAsync(), "Index number", "索引号"),
        ("/search?q=%E6%96%B9%E6%AD%A3", "Search terms", "检索词"),
        ("/xxgk/apply", "Submit request", "提交申请"),
    ];

    [Fact]
    public async Task The_culture_cookie_shows_the_pages_in_english()
    {
        foreach (var (url, english, chinese) in await PagesAsync())
        {
            var (html, _) = await GetAsync(url, EnglishCookie);
            Assert.Contains("<html lang=\"en\">", html);
            Assert.Contains(english, html);
            Assert.DoesNotContain(">" + chinese + "<", html);
            Assert.Contains(">Home<", html);
        }
    }

    [Fact]
    public async Task Without_a_choice_the_pages_are_in_chinese()
    {
        foreach (var (url, english, chinese) in await PagesAsync())
        {
            var (html, _) = await GetAsync(url);
            Assert.Contains("<html lang=\"zh-CN\">", html);
            Assert.Contains(chinese, html);
            Assert.DoesNotContain(english, html);
            Assert.Contains(">首页<", html);
        }
    }

    [Fact]
    public async Task The_query_switches_to_english_and_sets_the_cookie()
    {
        var (html, response) = await GetAsync("/xxgk/catalog?culture=en");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Disclosure catalogue", html);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("uic%3Den", StringComparison.Ordinal));
        Assert.Contains(">中文<", html);
    }

    [Fact]
    public async Task A_cached_chinese_page_is_not_served_in_english_and_back()
    {
        const string url = "/xxgk/unit/230124-006";
        Assert.Contains("最新公开信息", (await GetAsync(url)).Html);
        var (chinese, hit) = await GetAsync(url);
        Assert.Equal("hit", CacheHeader(hit));
        Assert.Contains("lang=\"zh-CN\"", chinese);

        var (english, englishResponse) = await GetAsync(url, EnglishCookie);
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("Latest information", english);
        Assert.DoesNotContain("最新公开信息", english);
        Assert.Equal("miss", CacheHeader(englishResponse));
        var (englishAgain, englishHit) = await GetAsync(url, EnglishCookie);
        Assert.Equal("hit", CacheHeader(englishHit));
        Assert.Equal(english, englishAgain);

        var (chineseAgain, _) = await GetAsync(url);
        Assert.Equal(chinese, chineseAgain);
        Assert.DoesNotContain("Latest information", chineseAgain);
    }

    [Fact]
    public async Task A_cached_english_page_is_not_served_in_chinese()
    {
        const string url = "/xxgk/catalog?year=2024";
        var (english, _) = await GetAsync(url, EnglishCookie);
        Assert.Equal(english, (await GetAsync(url, EnglishCookie)).Html);
        var (chinese, _) = await GetAsync(url);
        Assert.Contains("lang=\"zh-CN\"", chinese);
        Assert.Contains("公开目录", chinese);
        Assert.DoesNotContain("Disclosure catalogue", chinese);
    }

    [Theory]
    [InlineData("/xxgk/guide", "(1) Receiving office", "（一）受理机构")]
    [InlineData("/xxgk/rules", "2. Proactive disclosure", "二、主动公开制度")]
    [InlineData("/xxgk/reports", "Annual reports on government information disclosure", "政府信息公开工作年度报告")]
    [InlineData("/opendata", "Disclosure catalogue (CSV)", "政府信息公开目录（CSV）")]
    public async Task The_guide_rules_reports_and_open_data_pages_have_english_headings(string url, string english, string chinese)
    {
        var (html, _) = await GetAsync(url, EnglishCookie);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(english, html);
        Assert.DoesNotContain(chinese, html);
        var (zh, _) = await GetAsync(url);
        Assert.Contains(chinese, zh);
        Assert.DoesNotContain(english, zh);
    }
}
