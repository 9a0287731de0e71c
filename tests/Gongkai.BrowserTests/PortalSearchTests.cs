using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

/// <summary>A citizen on the portal: search, the item page, and the accessibility audit of the public pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PortalSearchTests(LiveApp app)
{
    [Fact]
    public async Task A_citizen_searches_opens_an_item_and_reads_its_metadata_table()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("站内搜索").FillAsync("冬季供暖 通知");
        await page.GetByLabel("站内搜索").PressAsync("Enter");
        await page.WaitForURLAsync(SearchUrl());
        Assert.Matches("找到 [1-9][0-9]* 条结果", await page.Locator("#results-h").InnerTextAsync());
        var first = page.Locator(".hits li h3 a").First;
        var title = await first.InnerTextAsync();
        Assert.Contains("冬季供暖", title);

        await first.ClickAsync();
        await page.WaitForURLAsync(ItemUrl());
        Assert.Equal(title, await page.Locator("article h1").InnerTextAsync());
        var table = page.Locator("table.meta-table");
        foreach (var label in new[] { "索引号", "发布机构", "文号", "主题分类", "成文日期", "发布日期", "有效性" })
        {
            Assert.Equal(1, await table.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }).CountAsync());
        }
        Assert.Matches(@"\d{4}-\d{5}", await table.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "打印本页" }).ClickAsync();
        Assert.Equal(0, await page.Locator("nav.portal-nav").CountAsync());
        Assert.Equal(title, await page.Locator("article h1").InnerTextAsync());
    }

    [Fact]
    public async Task Facets_narrow_the_search_to_one_unit()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("人民群众"));
        var facet = page.Locator(".facets section").First.Locator("a").First;
        var unit = await facet.InnerTextAsync();
        await facet.ClickAsync();
        await page.WaitForURLAsync(new Regex("unit="));
        var metas = await page.Locator(".hits .meta").AllInnerTextsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.StartsWith(unit, m));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/xxgk/catalog")]
    [InlineData("/xxgk/catalog?category=seed-1&page=2")]
    [InlineData("/xxgk/unit/230124")]
    [InlineData("/xxgk/items/1")]
    [InlineData("/search?q=%E5%86%AC%E5%AD%A3%E4%BE%9B%E6%9A%96%20%E9%80%9A%E7%9F%A5")]
    [InlineData("/xxgk/guide")]
    [InlineData("/xxgk/rules")]
    [InlineData("/xxgk/apply")]
    [InlineData("/xxgk/apply/status")]
    [InlineData("/opendata")]
    public async Task Axe_finds_no_serious_or_critical_violation_on_public_pages(string path)
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(bad.Count == 0, $"{path}:\n" + string.Join("\n", bad));
    }

    [GeneratedRegex(@"/search\?q=")]
    private static partial Regex SearchUrl();

    [GeneratedRegex(@"/xxgk/items/\d+")]
    private static partial Regex ItemUrl();
}
