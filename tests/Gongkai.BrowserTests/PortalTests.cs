using Deque.AxeCore.Playwright;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PortalTests(LiveApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/login")]
    [InlineData("/no-such-page")]
    [InlineData("/?culture=en")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(bad.Count == 0, $"{path}:\n" + string.Join("\n", bad));
    }

    [Fact]
    public async Task The_404_page_is_the_Chinese_error_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/no-such-page");
        Assert.Equal("页面不存在", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task The_larger_text_mode_switches_and_persists()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var normalSize = await FontSizeAsync(page);
        Assert.DoesNotContain("large", await page.Locator("body").GetAttributeAsync("class") ?? "");
        await page.GetByRole(AriaRole.Link, new() { Name = "大字版" }).ClickAsync();
        await page.WaitForURLAsync(app.Url + "/");
        Assert.Contains("large", await page.Locator("body").GetAttributeAsync("class") ?? "");
        Assert.True(await FontSizeAsync(page) > normalSize);

        await page.GotoAsync("/admin/login?x=1");
        await page.GotoAsync("/");
        Assert.Contains("large", await page.Locator("body").GetAttributeAsync("class") ?? "");
        await page.GotoAsync("/a11y?mode=normal");
        Assert.DoesNotContain("large", await page.Locator("body").GetAttributeAsync("class") ?? "");
    }

    [Fact]
    public async Task English_switches_the_words_and_the_language_of_the_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Disclosing units", await page.Locator("#units-heading").InnerTextAsync());
        await page.GotoAsync("/admin/login");
        Assert.Equal("Staff login", await page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task Portal_home_screenshot_for_the_readme()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("方正县", await page.Locator("header").InnerTextAsync());
        var file = Path.Combine(LiveApp.RepositoryRoot(), "docs", "images", "portal-home.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new() { Path = file, FullPage = false });
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    private static async Task<double> FontSizeAsync(IPage page) =>
        double.Parse((await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize")).Replace("px", ""),
            System.Globalization.CultureInfo.InvariantCulture);
}
