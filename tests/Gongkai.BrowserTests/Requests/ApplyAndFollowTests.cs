using Gongkai.BrowserTests.Channels;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Requests;

/// <summary>A citizen files on the portal form, follows the request on the status page while staff act, then rates the answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplyAndFollowTests(LiveApp app)
{
    [Fact]
    public async Task A_citizen_files_follows_the_request_and_rates_the_answer()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/xxgk/apply");
        await page.Locator("#unit").SelectOptionAsync("230124");
        await page.Locator("#type").SelectOptionAsync("natural");
        await page.Locator("#name").FillAsync("钱某");
        await page.Locator("#idNumber").FillAsync("11010519491231002X");
        await page.Locator("#phone").FillAsync("13612345678");
        await page.Locator("#subject").FillAsync("2025年城乡居民医保缴费标准");
        await page.Locator("#description").FillAsync("请提供文件全文");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        var done = page.GetByRole(AriaRole.Status);
        await Expect(done).ToContainTextAsync("申请已提交");
        await Expect(page.Locator("#number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^YSQ-\d{4}-\d{6}$"));
        var number = await page.Locator("#number").InnerTextAsync();
        var code = await page.Locator("#query-code").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(code));

        // Follow it on the status page with the number and the query code shown after filing.
        var status = await app.NewPageAsync();
        await status.GotoAsync("/xxgk/apply/status");
        await status.Locator("#number").FillAsync(number);
        await status.Locator("#code").FillAsync(code);
        await status.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(status.Locator("#status")).ToHaveTextAsync("已收到，待受理");
        await Expect(status.Locator("#due")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(status.Locator("main")).Not.ToContainTextAsync("钱某");
        await Expect(status.Locator(".rating-form")).ToHaveCountAsync(0);

        // Staff accept it through the API: the status page shows the new state.
        var officer = await StaffApi.LoginAsync(app, "officer");
        await StaffApi.PostOkAsync(officer, $"/api/v1/requests/{number}/actions", new { type = "accept" });
        await status.ReloadAsync();
        await Expect(status.Locator("#status")).ToHaveTextAsync("办理中");
        await Expect(status.Locator("ol.timeline")).ToContainTextAsync("受理申请");
        await Expect(status.Locator(".rating-form")).ToHaveCountAsync(0);

        // Once answered, the rating form appears under the timeline; the citizen rates the answer.
        await StaffApi.PostOkAsync(officer, $"/api/v1/requests/{number}/actions", new { type = "reply", outcome = "3.1" });
        await status.ReloadAsync();
        await Expect(status.Locator("#status")).ToHaveTextAsync("已办结");
        await Expect(status.Locator("main")).ToContainTextAsync("办理结果：予以公开");
        var rating = status.Locator("form.rating-form");
        await Expect(rating).ToBeVisibleAsync();
        await Expect(rating.Locator("#rating-number")).ToHaveValueAsync(number);
        var screenshots = Path.Combine(LiveApp.RepositoryRoot(), "TestResults");
        Directory.CreateDirectory(screenshots);
        await status.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "request-status-answered.png"), FullPage = true });
        await rating.Locator("#rating-code").FillAsync(code);
        await rating.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await rating.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(status.GetByRole(AriaRole.Status)).ToContainTextAsync("感谢您的评价");
        await Expect(status.GetByRole(AriaRole.Status)).ToContainTextAsync("满意");
    }
}
