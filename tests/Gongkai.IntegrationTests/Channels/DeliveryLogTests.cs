using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Channels;

public sealed class DeliveryLogTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Lines(JsonElement view) => string.Join("|", view.GetProperty("deliveries").EnumerateArray().Select(d =>
        $"{d.GetProperty("channel").GetString()}/{d.GetProperty("action").GetString()}/{d.GetProperty("reason").GetString()}"));

    [Fact]
    public async Task Expiry_by_the_job_removes_the_item_from_every_channel()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(new
        {
            unit = "230124-003", title = "临时停水通知", body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "general",
            channels = new[] { "website", "led", "kiosk" }, repealedOn = "2024-10-09",
        });
        await steps.OkStepAsync(steps.Editor, id, "publish");
        app.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 9, 1, 0, 0, TimeSpan.Zero));
        await app.App.Services.GetRequiredService<PublishingJob>().TickAsync();

        var editor = await app.LoginAsync("editor"); // the clock moved past the first token's lifetime
        var view = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync($"/api/v1/items/{id}/channels"));
        Assert.Equal("expired", view.GetProperty("status").GetString());
        Assert.Equal("website/delivered/publish|led/delivered/publish|kiosk/delivered/publish|website/removed/expire|led/removed/expire|kiosk/removed/expire", Lines(view));
    }

    [Fact]
    public async Task A_new_media_item_exports_its_package_and_staff_record_the_posting()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(new
        {
            unit = "230124-003", title = "2024年城乡居民医保缴费开始", body = "<p class=\"x\">缴费时间为10月1日至12月31日。</p><p><img src=\"/files/a.png\" alt=\"\"></p>",
            formedOn = "2024-09-30", kind = "general", channels = new[] { "website", "newMedia" }, summary = "城乡居民医保集中缴费期开始",
        });
        var early = await steps.Editor.PostAsJsonAsync($"/api/v1/items/{id}/new-media/posted", new { platform = "微信公众号" });
        await HttpAssert.ProblemAsync(early, HttpStatusCode.Conflict);
        await steps.OkStepAsync(steps.Editor, id, "publish");

        var package = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/new-media"));
        Assert.Equal("城乡居民医保集中缴费期开始", package.GetProperty("summary").GetString());
        Assert.EndsWith($"/xxgk/items/{id}", package.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/files/a.png", Assert.Single(package.GetProperty("images").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var html = await steps.Editor.GetStringAsync($"/api/v1/items/{id}/new-media.html");
        Assert.Contains("缴费时间为10月1日至12月31日。", html);
        Assert.DoesNotContain("class=", html);

        var posted = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.PostAsJsonAsync($"/api/v1/items/{id}/new-media/posted", new { platform = "微信公众号" }));
        Assert.Equal("微信公众号", posted.GetProperty("platform").GetString());
        var view = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/channels"));
        Assert.EndsWith("newMedia/delivered/posted", Lines(view), StringComparison.Ordinal);
        Assert.Equal("微信公众号", view.GetProperty("newMediaPlatform").GetString());
    }
}
