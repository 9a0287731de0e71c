using Deque.AxeCore.Playwright;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Channels;

[Collection(BrowserCollection.Name)]
public sealed class ChannelScreenTests(LiveApp app)
{
    private static readonly string[] BoardFields = ["设定依据", "办事程序", "申请条件", "申报材料", "收费依据", "收费标准", "投诉电话"];

    [Theory]
    [InlineData("/kiosk")]
    [InlineData("/kiosk/search")]
    [InlineData("/hall/hall-1")]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_public_screens(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(bad.Count == 0, $"{path}:\n" + string.Join("\n", bad));
    }

    [Fact]
    public async Task The_LED_page_shows_a_new_publication_without_a_reload()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/led/led-square?poll=1");
        Assert.True(await page.Locator("#led-messages li").CountAsync() > 0);
        await page.EvaluateAsync("() => { window.__sameDocument = 'yes'; }");

        var id = await StaffApi.PublishAsync(app, new
        {
            unit = "230124-003", title = "关于城区道路冬季除雪期间交通管制的通告", body = "<p>正文。</p>", formedOn = "2025-01-10",
            kind = "general", channels = new[] { "website", "led" },
        });

        var message = page.Locator($"#led-messages li[data-id='{id}']");
        await message.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        Assert.Equal("城区道路冬季除雪期间交通管制的通告", await message.TextContentAsync());
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.__sameDocument"));

        // Staff shorten the LED text in the back office; the open LED page picks it up, still without a reload.
        var staff = await app.LoginAsync("editor");
        await staff.GotoAsync($"/admin/channels/items/{id}");
        Assert.Equal("24", await staff.GetByLabel("LED 短文本").GetAttributeAsync("data-max")); // led-gate takes 24 characters
        await staff.GetByLabel("LED 短文本").FillAsync("除雪期间城区交通管制");
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存渠道文本" }).ClickAsync();
        await staff.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Equal("已保存渠道文本。", await staff.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.Locator($"#led-messages li[data-id='{id}']:text-is('除雪期间城区交通管制')").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.__sameDocument"));
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_channel_staff_pages_and_the_gov_affairs_site()
    {
        var bad = new List<string>();
        var staff = await app.LoginAsync("editor");
        foreach (var path in new[] { "/admin/channels/items", "/admin/channels/offline" })
        {
            await staff.GotoAsync(path);
            bad.AddRange(await SeriousViolationsAsync(staff, path));
        }
        await staff.GotoAsync("/admin/channels/items");
        await staff.Locator("table.data tbody a").First.ClickAsync();
        await staff.Locator("#item-title").WaitForAsync();
        bad.AddRange(await SeriousViolationsAsync(staff, staff.Url));
        var site = await app.NewPageAsync();
        await site.GotoAsync("/zwgk");
        Assert.Equal("方正县政务公开网政务公开", await site.Locator("a.brand").InnerTextAsync());
        bad.AddRange(await SeriousViolationsAsync(site, "/zwgk"));
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
    }

    [Fact]
    public async Task The_kiosk_returns_to_its_home_screen_after_inactivity()
    {
        var admin = await StaffApi.LoginAsync(app, "admin");
        await StaffApi.PostOkAsync(admin, "/api/v1/channels/targets",
            new { code = "kiosk-browser-test", kind = "kiosk", name = "测试触摸屏", place = "测试大厅", seconds = 3 });
        var page = await app.NewPageAsync();
        await page.GotoAsync("/kiosk/kiosk-browser-test");
        Assert.Equal("3", await page.Locator("body").GetAttributeAsync("data-idle"));
        await page.GetByRole(AriaRole.Link, new() { Name = "办事指南", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/kiosk/kiosk-browser-test/list?kind=serviceGuide");
        Assert.True(await page.Locator(".kiosk-rows li").CountAsync() > 0);

        await page.WaitForURLAsync(app.Url + "/kiosk/kiosk-browser-test", new() { Timeout = 15000 });
        await page.Locator("#kiosk-home").WaitForAsync();
        Assert.Equal("政府信息公开 · 触摸查询", await page.Locator("#kiosk-home").InnerTextAsync());
    }

    [Fact]
    public async Task The_hall_screen_shows_a_service_guide_with_every_board_field_and_a_QR_code_to_its_portal_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/hall/hall-1");
        var shown = page.Locator("article.hall-guide:not([hidden])");
        await shown.WaitForAsync();
        var id = await shown.GetAttributeAsync("data-item");
        var guide = page.Locator($"article.hall-guide[data-item='{id}']");
        Assert.EndsWith("办事指南（2024年版）", await guide.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(BoardFields, await guide.Locator("dt").AllInnerTextsAsync());
        foreach (var field in BoardFields)
        {
            var value = await guide.Locator($"dd[data-field='{field}']").InnerTextAsync();
            Assert.False(string.IsNullOrWhiteSpace(value) || value == "—", $"{field} is empty");
        }
        Assert.Equal("0451-57710000", await guide.Locator("dd[data-field='投诉电话']").InnerTextAsync());

        var png = await guide.Locator(".hall-qr img").ScreenshotAsync();
        Assert.Equal($"{app.Url}/xxgk/items/{id}", PngQr.Decode(png));
    }
}
