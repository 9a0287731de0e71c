using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class ChannelStatisticsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_demo_2014_figures_split_as_the_seed_report()
    {
        var admin = await app.LoginAsync("admin");
        var stats = await HttpAssert.OkAsync<JsonElement>(await admin.GetAsync("/api/v1/statistics/channels?year=2014"));
        Assert.Equal(4395, stats.GetProperty("total").GetInt32());
        var split = stats.GetProperty("split");
        Assert.Equal(972, split.GetProperty("website").GetInt32());
        Assert.Equal(349, split.GetProperty("govAffairsSite").GetInt32());
        Assert.Equal(1072, split.GetProperty("serviceHall").GetInt32());
        Assert.Equal(2002, split.GetProperty("other").GetInt32());
        var byUnit = stats.GetProperty("byUnit").EnumerateArray().ToList();
        Assert.Equal(4395, byUnit.Sum(u => u.GetProperty("total").GetInt32()));
        Assert.Equal(972, byUnit.Sum(u => u.GetProperty("byChannel").GetProperty("website").GetInt32()));
    }

    [Fact]
    public async Task Per_channel_counts_follow_what_was_published_for_one_unit()
    {
        var admin = await app.LoginAsync("admin");
        async Task<JsonElement> StatsAsync() =>
            await HttpAssert.OkAsync<JsonElement>(await admin.GetAsync("/api/v1/statistics/channels?year=2024&unit=230124-003&scope=unit"));
        var before = (await StatsAsync()).GetProperty("byChannel");

        var steps = await ItemSteps.LoginAsync(app);
        foreach (var channels in new[] { new[] { "website", "led" }, ["serviceHall", "kiosk"], ["website"] })
        {
            var draft = new { unit = "230124-003", title = "统计测试" + string.Join("", channels), body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "general", channels };
            var id = await steps.ApprovedAsync(draft);
            await steps.OkStepAsync(steps.Editor, id, "publish");
        }
        var unpublished = await steps.ApprovedAsync(new { unit = "230124-003", title = "未发布的信息", body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "general", channels = new[] { "led" } });

        var after = (await StatsAsync()).GetProperty("byChannel");
        int Delta(string c) => after.GetProperty(c).GetInt32() - before.GetProperty(c).GetInt32();
        Assert.Equal((2, 1, 1, 1, 0), (Delta("website"), Delta("led"), Delta("serviceHall"), Delta("kiosk"), Delta("govAffairsSite")));
        Assert.True(unpublished > 0);
    }

    [Fact]
    public async Task Offline_records_are_entered_and_counted()
    {
        var editor = await app.LoginAsync("editor");
        var created = await editor.PostAsJsonAsync("/api/v1/channels/offline",
            new { unit = "230124-003", form = "board", on = "2024-10-01", place = "财政局公开栏", count = 7 });
        await HttpAssert.OkAsync<JsonElement>(created, HttpStatusCode.Created);
        var bad = await editor.PostAsJsonAsync("/api/v1/channels/offline", new { unit = "230124-003", form = "radio", on = "2030-01-01", place = "", count = 0 });
        await HttpAssert.ValidationErrorAsync(bad, "form");
        var stats = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/statistics/channels?year=2024&unit=230124-003"));
        Assert.Equal(1, stats.GetProperty("offlineRecords").GetInt32());
        Assert.Equal(7, stats.GetProperty("offlinePieces").GetInt32());
        await HttpAssert.ValidationErrorAsync(await editor.GetAsync("/api/v1/statistics/channels?year=2024&scope=all"), "scope");
    }
}
