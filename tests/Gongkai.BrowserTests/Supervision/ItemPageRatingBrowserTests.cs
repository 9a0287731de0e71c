using System.Text.Json;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Supervision;

/// <summary>The rating form on the (output-cached) public item page: the script fetches the visitor's token and the rating posts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ItemPageRatingBrowserTests(LiveApp app)
{
    [Fact]
    public async Task A_citizen_rates_an_item_from_its_page()
    {
        var page = await app.NewPageAsync();
        var token = await page.APIRequest.PostAsync("/api/v1/auth/token", new() { DataObject = new { userName = "editor", password = LiveApp.Password } });
        var access = JsonDocument.Parse(await token.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var list = await page.APIRequest.GetAsync("/api/v1/items?status=published&pageSize=2",
            new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + access } });
        var id = JsonDocument.Parse(await list.TextAsync()).RootElement.GetProperty("items")[1].GetProperty("id").GetInt64();

        await page.GotoAsync($"/xxgk/items/{id}");
        var form = page.Locator("form.rating-form");
        // The script has fetched this visitor's token and turned the form into a POST.
        await Assertions.Expect(form.Locator("input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);
        Assert.Equal("post", await form.EvaluateAsync<string>("f => f.method"));
        await form.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        Assert.Contains("感谢您的评价", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var dir = Path.Combine(LiveApp.RepositoryRoot(), "TestResults");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "item-page-rating.png") });
    }
}
