using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class KioskTargetingTests(TestApp app) : IClassFixture<TestApp>
{
    private static object Draft(string title, params string[] channels) => new
    {
        unit = "230124-006", title, body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "normativeDocument",
        documentNumber = "方测发〔2024〕1号", catalogNode = "art20-07", channels,
    };

    private async Task<string> ListAsync(string path, int round) =>
        await app.Anonymous().GetStringAsync($"{path}/list?unit=230124-006&round={round}");

    [Fact]
    public async Task Kiosks_list_only_items_sent_to_the_kiosk_channel_and_chosen_screens_keep_an_item_to_themselves()
    {
        var admin = await app.LoginAsync("admin");
        foreach (var code in new[] { "kiosk-east", "kiosk-west" })
        {
            await HttpAssert.OkAsync<JsonElement>(await admin.PostAsJsonAsync("/api/v1/channels/targets", new
            {
                code, kind = "kiosk", name = "触摸屏" + code, place = "测试大厅", units = new[] { "230124-006" }, seconds = 60,
            }), HttpStatusCode.Created);
        }
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/v1/channels/targets",
            new { code = "list", kind = "kiosk", name = "与页面地址重名的触摸屏" }), "code");
        var steps = await ItemSteps.LoginAsync(app);
        var chosen = (await steps.CreateAsync(Draft("只在东厅触摸屏显示的通知", "website", "kiosk"))).GetProperty("id").GetInt64();
        await steps.OkStepAsync(steps.Editor, chosen, "submit");
        await steps.OkStepAsync(steps.Reviewer, chosen, "review", new { decision = "pass", comment = "无涉密内容" });
        await steps.OkStepAsync(steps.Approver, chosen, "approve", new { decision = "pass", comment = "同意", screens = new[] { "kiosk-east" } });
        await steps.OkStepAsync(steps.Editor, chosen, "publish");
        var everyKiosk = await steps.ApprovedAsync(Draft("所有触摸屏都显示的通知", "website", "kiosk"));
        await steps.OkStepAsync(steps.Editor, everyKiosk, "publish");
        var websiteOnly = await steps.ApprovedAsync(Draft("只在网站发布的通知", "website"));
        await steps.OkStepAsync(steps.Editor, websiteOnly, "publish");

        var all = await ListAsync("/kiosk", 1);
        var east = await ListAsync("/kiosk/kiosk-east", 1);
        var west = await ListAsync("/kiosk/kiosk-west", 1);
        Assert.Contains($"/kiosk/items/{chosen}\"", all, StringComparison.Ordinal);
        Assert.Contains($"/kiosk/items/{everyKiosk}\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{websiteOnly}\"", all, StringComparison.Ordinal);
        Assert.Contains($"/kiosk/kiosk-east/items/{chosen}\"", east, StringComparison.Ordinal);
        Assert.Contains($"/kiosk/kiosk-east/items/{everyKiosk}\"", east, StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{chosen}\"", west, StringComparison.Ordinal);
        Assert.Contains($"/kiosk/kiosk-west/items/{everyKiosk}\"", west, StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{websiteOnly}\"", east + west, StringComparison.Ordinal);

        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kiosk/items/{websiteOnly}")).StatusCode);
        Assert.Contains("只在东厅触摸屏显示的通知", await client.GetStringAsync($"/kiosk/kiosk-east/items/{chosen}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kiosk/no-such-kiosk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kiosk/no-such-kiosk/list")).StatusCode);

        var home = await client.GetStringAsync("/kiosk/kiosk-west");
        Assert.Contains("href=\"/kiosk/kiosk-west/list?kind=serviceGuide\"", home, StringComparison.Ordinal);
        Assert.Contains("data-home=\"/kiosk/kiosk-west\"", home, StringComparison.Ordinal);
        Assert.Contains("触摸屏kiosk-west", home, StringComparison.Ordinal);
        var moved = await client.GetAsync("/kiosk?screen=kiosk-west");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/kiosk/kiosk-west", moved.Headers.Location?.OriginalString);

        await steps.OkStepAsync(steps.Approver, chosen, "withdraw", new { comment = "政策调整" });
        Assert.DoesNotContain($"/items/{chosen}\"", await ListAsync("/kiosk/kiosk-east", 2), StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{chosen}\"", await ListAsync("/kiosk", 2), StringComparison.Ordinal);
        Assert.Contains($"/items/{everyKiosk}\"", await ListAsync("/kiosk/kiosk-east", 2), StringComparison.Ordinal);
    }
}
