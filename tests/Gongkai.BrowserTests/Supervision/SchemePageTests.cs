using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Supervision;

[Collection(BrowserCollection.Name)]
public sealed class SchemePageTests(LiveApp app)
{
    [Fact]
    public async Task A_supervisor_sets_the_scheme_on_the_page_and_an_adjustment_needs_a_reason()
    {
        var page = await app.LoginAsync("supervisor");
        await page.GotoAsync("/admin/supervision/scheme?year=2024");
        await page.GetByLabel("及时公开率分值").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存考核方案" }).ClickAsync();
        Assert.Contains("合计应为100分", await page.Locator(".errors").InnerTextAsync());

        await page.GetByLabel("及时公开率分值").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存考核方案" }).ClickAsync();
        Assert.Contains("2024年度考核方案已保存", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.GotoAsync("/admin/supervision/records?indicator=all&period=2024&unit=230124-002");
        Assert.Contains("得分", await page.Locator(".score-detail h2").InnerTextAsync());
        await page.GetByLabel("调整分值").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录调整" }).ClickAsync();
        Assert.Contains("调整理由不能为空", await page.Locator(".errors").InnerTextAsync());
        await page.GetByLabel("调整分值").FillAsync("2");
        await page.GetByLabel("调整理由（必填）").FillAsync("承办全县政务公开培训，加分");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录调整" }).ClickAsync();
        Assert.Contains("调整已记录", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("承办全县政务公开培训，加分", await page.Locator(".score-detail table").InnerTextAsync());
    }
}
