using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Channels;

public sealed class RemovalFromEveryChannelTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Everywhere = ["website", "govAffairsSite", "serviceHall", "led", "kiosk", "newMedia", "offline"];

    private static object Guide(string title, string? repealedOn = null) => new
    {
        unit = "230124-008", title, body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "serviceGuide", channels = Everywhere, repealedOn,
        basis = "《中华人民共和国行政许可法》", procedure = "受理、审查、决定", conditions = "符合条件", materials = "申请书",
        feeBasis = "不收费", feeStandard = "不收费", complaintPhone = "0451-57710000",
    };

    /// <summary>Where each channel kind shows an item, and whether it does. Every call asks with a new query (<paramref name="round"/>),
    /// so no answer cached by an earlier round stands in for the database (cache eviction is tested with the portal).</summary>
    private async Task<Dictionary<string, bool>> WhereShownAsync(long id, int round, HttpClient editor)
    {
        var client = app.Anonymous();
        async Task<string> Get(string path) => await client.GetStringAsync(path);
        var link = $"/xxgk/items/{id}\"";
        var package = await editor.GetAsync($"/api/v1/items/{id}/new-media");
        var led = await HttpAssert.OkAsync<JsonElement>(await client.GetAsync($"/led/led-square/feed.json?round={round}"));
        return new()
        {
            ["website"] = (await Get($"/xxgk/catalog?unit=230124-008&round={round}")).Contains(link, StringComparison.Ordinal),
            ["govAffairsSite"] = (await Get($"/zwgk/xxgk/catalog?unit=230124-008&round={round}")).Contains(link, StringComparison.Ordinal),
            ["serviceHall"] = (await Get($"/hall/hall-1?round={round}")).Contains($"data-item=\"{id}\"", StringComparison.Ordinal),
            ["led"] = led.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("id").GetInt64() == id),
            ["kiosk"] = (await Get($"/kiosk/list?unit=230124-008&round={round}")).Contains($"/kiosk/items/{id}\"", StringComparison.Ordinal),
            ["newMedia"] = package.StatusCode == HttpStatusCode.OK,
        };
    }

    [Fact]
    public async Task Withdrawal_and_expiry_take_an_item_off_every_channel_kind_and_the_log_says_so()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var withdrawn = await steps.ApprovedAsync(Guide("撤回测试：农机购置补贴办事指南"));
        var expiring = await steps.ApprovedAsync(Guide("失效测试：临时救助办事指南", repealedOn: "2024-10-09"));
        await steps.OkStepAsync(steps.Editor, withdrawn, "publish");
        await steps.OkStepAsync(steps.Editor, expiring, "publish");
        foreach (var id in new[] { withdrawn, expiring })
        {
            var shown = await WhereShownAsync(id, 1, steps.Editor);
            Assert.True(shown.Values.All(v => v), $"{id} missing on: {string.Join(",", shown.Where(s => !s.Value).Select(s => s.Key))}");
        }

        await steps.OkStepAsync(steps.Approver, withdrawn, "withdraw", new { comment = "政策调整" });
        var afterWithdrawal = await WhereShownAsync(withdrawn, 2, steps.Editor);
        Assert.True(afterWithdrawal.Values.All(v => !v), $"withdrawn item still on: {string.Join(",", afterWithdrawal.Where(s => s.Value).Select(s => s.Key))}");
        Assert.True((await WhereShownAsync(expiring, 2, steps.Editor)).Values.All(v => v));

        app.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 9, 1, 0, 0, TimeSpan.Zero));
        await app.App.Services.GetRequiredService<PublishingJob>().TickAsync();
        var editor = await app.LoginAsync("editor"); // the clock moved past the first token's lifetime
        var afterExpiry = await WhereShownAsync(expiring, 3, editor);
        Assert.True(afterExpiry.Values.All(v => !v), $"expired item still on: {string.Join(",", afterExpiry.Where(s => s.Value).Select(s => s.Key))}");

        foreach (var (id, reason) in new[] { (withdrawn, "withdraw"), (expiring, "expire") })
        {
            var log = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync($"/api/v1/items/{id}/channels"));
            var removed = log.GetProperty("deliveries").EnumerateArray()
                .Where(d => d.GetProperty("action").GetString() == "removed" && d.GetProperty("reason").GetString() == reason)
                .Select(d => d.GetProperty("channel").GetString()).ToList();
            Assert.Equal(Everywhere, removed);
        }
    }
}
