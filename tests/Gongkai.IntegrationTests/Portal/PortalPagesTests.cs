using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>The citizens' pages and open data, read as a browser without JavaScript would.</summary>
public sealed class PortalPagesTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<string> PageAsync(string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await app.Anonymous().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{url}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 400)]}");
        return html;
    }

    private async Task<JsonElement> PolicyAsync()
    {
        var list = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/items?kind=interpretation&pageSize=1"));
        var interpretation = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync($"/api/v1/public/items/{list.GetProperty("items")[0].GetProperty("id")}"));
        return await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync($"/api/v1/public/items/{interpretation.GetProperty("policy").GetProperty("id")}"));
    }

    [Fact]
    public async Task The_next_page_link_continues_by_cursor_and_shows_what_page_two_shows()
    {
        var first = await PageAsync("/xxgk/unit/230124");
        var next = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"([^\"]+)\" rel=\"next\">").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains("after=", next);
        Assert.Contains("page=2", next);
        static IEnumerable<string> Links(string html) =>
            System.Text.RegularExpressions.Regex.Matches(html, "href=\"/xxgk/items/(\\d+)\"").Select(m => m.Groups[1].Value);
        var byCursor = Links(await PageAsync(next)).ToList();
        Assert.NotEmpty(byCursor);
        Assert.Equal(Links(await PageAsync("/xxgk/unit/230124?page=2")), byCursor);
        Assert.Empty(byCursor.Intersect(Links(first)));
    }

    [Fact]
    public async Task The_item_page_shows_the_metadata_table_body_interpretations_and_a_print_view()
    {
        var policy = await PolicyAsync();
        var id = policy.GetProperty("id").GetInt64();
        var html = await PageAsync($"/xxgk/items/{id}");
        foreach (var label in new[] { "索引号", "发布机构", "文号", "主题分类", "成文日期", "发布日期", "有效性" })
        {
            Assert.Contains($"<th scope=\"row\">{label}</th>", html);
        }
        Assert.Contains(policy.GetProperty("indexNumber").GetString()!, html);
        Assert.Contains(policy.GetProperty("documentNumber").GetString()!, html);
        Assert.Contains("<td>有效</td>", html);
        Assert.Contains($"<h1>{policy.GetProperty("title").GetString()}</h1>", html);
        Assert.Contains($"/xxgk/items/{policy.GetProperty("interpretations")[0].GetProperty("id")}", html);
        var print = await PageAsync($"/xxgk/items/{id}?print=true");
        Assert.Contains("<th scope=\"row\">索引号</th>", print);
        Assert.DoesNotContain("portal-nav", print);
    }

    [Fact]
    public async Task A_draft_item_page_and_an_unknown_unit_are_404()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var draft = (await steps.CreateAsync(ItemSteps.Draft("未发布页面测试"))).GetProperty("id").GetInt64();
        Assert.DoesNotContain("未发布页面测试", await PageAsync($"/xxgk/items/{draft}", HttpStatusCode.NotFound));
        await PageAsync("/xxgk/unit/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_search_page_shows_highlighted_hits_facets_and_pages_and_survives_syntax()
    {
        await app.App.Services.GetRequiredService<SearchSync>().StartupReconciled;
        var html = await PageAsync("/search?q=" + Uri.EscapeDataString("冬季供暖 通知"));
        Assert.Matches("找到 [1-9][0-9]* 条结果", html);
        Assert.Contains("<em>", html);
        Assert.Contains("发布机构</h2>", html);
        Assert.Contains("/search?q=", html);
        var paged = await PageAsync("/search?q=" + Uri.EscapeDataString("人民群众") + "&page=2");
        var pager = paged.Contains("class=\"pager\"", StringComparison.Ordinal) ? paged[paged.IndexOf("class=\"pager\"", StringComparison.Ordinal)..] : paged;
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(pager, "aria-current=\"page\"[^>]*>2<"), pager[..Math.Min(pager.Length, 1500)]);
        await PageAsync("/search?q=" + Uri.EscapeDataString("title:\"x\" AND ( [a TO b]"));
        Assert.Contains("日期格式", await PageAsync("/search?q=a&from=bad"));
    }

    [Theory]
    [InlineData("/", "最新公开")]
    [InlineData("/xxgk/catalog?category=seed-1&page=3&year=2014", "重大工程项目建设信息")]
    [InlineData("/xxgk/catalog?kind=serviceGuide", "办事指南")]
    [InlineData("/xxgk/unit/230124-003", "最新公开信息")]
    [InlineData("/xxgk/guide?unit=230124-002", "20个工作日内予以答复")]
    [InlineData("/xxgk/guide", "政府信息公开指南")]
    [InlineData("/xxgk/rules", "政府信息公开制度")]
    [InlineData("/opendata", "catalog.csv")]
    public async Task Portal_pages_render(string url, string text)
    {
        var html = await PageAsync(url);
        Assert.Contains(text, html);
        Assert.Contains("<html lang=\"zh-CN\"", html);
        Assert.Contains("<main id=\"main\"", html);
    }

    [Fact]
    public async Task Feeds_sitemap_and_catalogue_downloads_hold_the_published_items()
    {
        var feed = XDocument.Parse(await PageAsync("/feeds/unit/230124-003.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 50);
        Assert.Contains("/xxgk/items/", entries[0].Element(atom + "id")!.Value);
        Assert.NotEmpty(XDocument.Parse(await PageAsync("/feeds/catalog/art20-01.atom")).Root!.Elements(atom + "entry"));

        var sitemap = XDocument.Parse(await PageAsync("/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.True(sitemap.Root!.Elements(sm + "url").Count() > 5000);

        var total = (await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/items?pageSize=1"))).GetProperty("total").GetInt32();
        var csv = (await PageAsync("/opendata/catalog.csv")).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("索引号,标题,", csv[0]);
        Assert.Equal(total + 1, csv.Length);
        var json = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/opendata/catalog.json"));
        Assert.Equal(total, json.GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json[0].GetProperty("indexNumber").GetString()));
    }
}
