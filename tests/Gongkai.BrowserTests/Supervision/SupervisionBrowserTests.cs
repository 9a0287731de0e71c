using System.Text.Json;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Supervision;

[Collection(BrowserCollection.Name)]
public sealed class SupervisionBrowserTests(LiveApp app)
{
    private static string Screenshot(string name)
    {
        var dir = Path.Combine(LiveApp.RepositoryRoot(), "docs", "images");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    /// <summary>A published item's id and title, read through the staff API with the editor's token.</summary>
    private static async Task<(long Id, string Title)> PublishedItemAsync(IPage page)
    {
        var token = await page.APIRequest.PostAsync("/api/v1/auth/token", new() { DataObject = new { userName = "editor", password = LiveApp.Password } });
        var access = JsonDocument.Parse(await token.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var list = await page.APIRequest.GetAsync("/api/v1/items?status=published&pageSize=1",
            new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + access } });
        var item = JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items")[0];
        return (item.GetProperty("id").GetInt64(), item.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task A_citizen_rates_an_item_and_the_comment_is_masked()
    {
        var page = await app.NewPageAsync();
        var (id, title) = await PublishedItemAsync(page);
        await page.GotoAsync($"/ratings?item={id}");
        Assert.Contains(title, await page.Locator(".rating-target").InnerTextAsync());
        await page.GetByLabel("基本满意").CheckAsync();
        await page.GetByLabel("意见建议", new() { Exact = false }).FillAsync("希望补充附件，电话13912345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        var done = page.GetByRole(AriaRole.Status);
        Assert.Contains("感谢您的评价", await done.InnerTextAsync());
        Assert.Contains("基本满意", await done.InnerTextAsync());
        Assert.Equal("希望补充附件，电话139****5678", await page.Locator("#masked-comment").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot("supervision-rating.png") });
    }

    [Fact]
    public async Task The_dashboard_renders_its_charts_and_a_bar_leads_to_its_records()
    {
        var page = await app.LoginAsync("supervisor");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" }).GetByRole(AriaRole.Link, new() { Name = "监督考核" }).ClickAsync();
        await page.GotoAsync("/admin/supervision?year=2024");
        var charts = page.Locator("svg.chart");
        Assert.Equal(6, await charts.CountAsync());
        for (var i = 0; i < 6; i++)
        {
            var box = await charts.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 100 }, $"chart {i} has no size");
        }
        var monthly = charts.First;
        Assert.Equal("每月主动公开信息数", await monthly.GetAttributeAsync("aria-label"));
        var heights = new List<float>();
        foreach (var bar in await monthly.Locator("rect.bar").AllAsync())
        {
            heights.Add((await bar.BoundingBoxAsync())!.Height);
        }
        Assert.Equal(12, heights.Count);
        Assert.Contains(heights, h => h > 10);
        var path = Screenshot("supervision-dashboard.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 20_000, "the screenshot looks blank");

        var tallest = heights.IndexOf(heights.Max());
        await monthly.Locator("a").Nth(tallest).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/supervision/records"));
        Assert.StartsWith("指标明细", await page.Locator("main h1").InnerTextAsync());
        Assert.True(await page.Locator("ul.records li").CountAsync() > 0);
    }
}
