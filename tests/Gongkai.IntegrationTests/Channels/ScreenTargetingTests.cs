using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class ScreenTargetingTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task CreateScreenAsync(HttpClient admin, string code, string kind, string unit, int? maxLength = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/channels/targets", new
        {
            code, kind, name = "屏幕" + code, place = "测试地点" + code, units = new[] { unit }, maxLength,
        });
        await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    private async Task<List<long>> FeedAsync(string code) =>
        (await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync($"/led/{code}/feed.json")))
            .GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).ToList();

    private static object Draft(string title, string kind, params string[] channels) => new
    {
        unit = "230124-006", title, body = "<p>正文。</p>", formedOn = "2024-09-30", kind, channels,
        basis = "《中华人民共和国行政许可法》", procedure = "受理、审查、决定", conditions = "符合条件", materials = "申请书",
        feeBasis = "不收费", feeStandard = "不收费", complaintPhone = "0451-57710000",
    };

    [Fact]
    public async Task Screens_chosen_at_sign_off_show_the_item_and_the_others_of_the_kind_do_not_while_unchosen_items_go_to_every_screen_of_their_unit()
    {
        var admin = await app.LoginAsync("admin");
        await CreateScreenAsync(admin, "led-east", "led", "230124-006", 20);
        await CreateScreenAsync(admin, "led-west", "led", "230124-006", 10);
        await CreateScreenAsync(admin, "led-other", "led", "230124-007");
        await CreateScreenAsync(admin, "hall-east", "serviceHall", "230124-006");
        await CreateScreenAsync(admin, "hall-west", "serviceHall", "230124-006");

        var steps = await ItemSteps.LoginAsync(app);
        var targeted = (await steps.CreateAsync(Draft("东门专用的通知", "serviceGuide", "website", "led", "serviceHall"))).GetProperty("id").GetInt64();
        await steps.OkStepAsync(steps.Editor, targeted, "submit");
        await steps.OkStepAsync(steps.Reviewer, targeted, "review", new { decision = "pass", comment = "无涉密内容" });
        await HttpAssert.ValidationErrorAsync(
            await steps.StepAsync(steps.Approver, targeted, "approve", new { decision = "pass", screens = new[] { "kiosk-hall" } }), "screens");
        await steps.OkStepAsync(steps.Approver, targeted, "approve", new { decision = "pass", comment = "同意", screens = new[] { "led-east", "hall-east", "led-other" } });
        await steps.OkStepAsync(steps.Editor, targeted, "publish");
        var everywhere = await steps.ApprovedAsync(Draft("所有屏幕都显示的通知", "serviceGuide", "website", "led", "serviceHall"));
        await steps.OkStepAsync(steps.Editor, everywhere, "publish");

        var (east, west, other) = (await FeedAsync("led-east"), await FeedAsync("led-west"), await FeedAsync("led-other"));
        Assert.Contains(targeted, east);
        Assert.DoesNotContain(targeted, west);
        Assert.Contains(targeted, other); // chosen explicitly although the screen shows another unit
        Assert.Contains(everywhere, east);
        Assert.Contains(everywhere, west);
        Assert.DoesNotContain(everywhere, other);

        var hallEast = await app.Anonymous().GetStringAsync("/hall/hall-east");
        var hallWest = await app.Anonymous().GetStringAsync("/hall/hall-west");
        Assert.Contains($"data-item=\"{targeted}\"", hallEast);
        Assert.DoesNotContain($"data-item=\"{targeted}\"", hallWest);
        Assert.Contains($"data-item=\"{everywhere}\"", hallWest);

        // The LED text must fit every LED screen the item goes to: led-east takes 20, led-other the default 60.
        var view = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{targeted}/channels"));
        Assert.Equal(20, view.GetProperty("ledMaxLength").GetInt32());
        var tooLong = await steps.Editor.PutAsJsonAsync($"/api/v1/items/{targeted}/channels/texts", new { ledText = new string('东', 21) });
        Assert.Contains("20", await HttpAssert.ValidationErrorAsync(tooLong, "ledText"), StringComparison.Ordinal);
        await HttpAssert.OkAsync<JsonElement>(await steps.Editor.PutAsJsonAsync($"/api/v1/items/{targeted}/channels/texts", new { ledText = new string('东', 20) }));

        // Back to the default: every LED screen of the unit.
        var reset = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.PutAsJsonAsync($"/api/v1/items/{targeted}/channels/screens", new { screens = Array.Empty<string>() }));
        Assert.All(reset.EnumerateArray(), s => Assert.False(s.GetProperty("chosen").GetBoolean()));
        Assert.Contains(targeted, await FeedAsync("led-west"));
        Assert.DoesNotContain(targeted, await FeedAsync("led-other"));
    }
}
