using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class ChannelStaffPagesTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<List<(long Id, string Text)>> FeedAsync(string code) =>
        (await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync($"/led/{code}/feed.json")))
            .GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("id").GetInt64(), m.GetProperty("text").GetString()!)).ToList();

    [Fact]
    public async Task Staff_edit_the_LED_text_within_the_screens_limit_choose_screens_record_a_posting_and_download_the_package()
    {
        var admin = await app.LoginAsync("admin");
        await HttpAssert.OkAsync<JsonElement>(await admin.PostAsJsonAsync("/api/v1/channels/targets",
            new { code = "led-ui", kind = "led", name = "财政局门口LED屏", place = "财政局门口", units = new[] { "230124-003" }, maxLength = 10 }), HttpStatusCode.Created);
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(new
        {
            unit = "230124-003", title = "关于2024年城乡居民医疗保险集中缴费的通告", body = "<p>缴费时间为10月1日至12月31日。</p>", formedOn = "2024-09-30",
            kind = "general", channels = new[] { "website", "led", "newMedia" },
        });
        await steps.OkStepAsync(steps.Editor, id, "publish");

        var editor = await CookieBrowser.LoginAsync(app, "editor");
        var page = await editor.Client.GetStringAsync($"/admin/channels/items/{id}");
        Assert.Contains("每条最多 10 字", page);
        Assert.Contains("财政局门口LED屏", page);
        Assert.Contains("href=\"/admin/channels/items\"", await editor.Client.GetStringAsync("/admin"));

        var tooLong = await editor.PostFormAsync($"/admin/channels/items/{id}", new() { ["LedText"] = "医保集中缴费开始了请缴费" }, $"/admin/channels/items/{id}?handler=Texts");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("LED 短文本不能超过 10 字（“财政局门口LED屏”每条最多显示 10 字）", await tooLong.Content.ReadAsStringAsync());
        var ok = await editor.PostFormAsync($"/admin/channels/items/{id}", new() { ["LedText"] = "医保缴费开始", ["NewMediaSummary"] = "城乡居民医保开始缴费" },
            $"/admin/channels/items/{id}?handler=Texts");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains((id, "医保缴费开始"), await FeedAsync("led-ui"));

        var chosen = await editor.PostFormAsync($"/admin/channels/items/{id}", new() { ["Screens"] = "led-gate" }, $"/admin/channels/items/{id}?handler=Screens");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.DoesNotContain(await FeedAsync("led-ui"), m => m.Id == id);
        Assert.Contains((id, "医保缴费开始"), await FeedAsync("led-gate"));

        var posted = await editor.PostFormAsync($"/admin/channels/items/{id}", new()
        {
            ["Posted.At"] = "2024-10-08T09:30", ["Posted.Platform"] = "微信公众号", ["Posted.Link"] = "https://mp.weixin.qq.com/s/fangzheng-yibao",
        }, $"/admin/channels/items/{id}?handler=Posted");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var badLink = await editor.PostFormAsync($"/admin/channels/items/{id}", new() { ["Posted.Platform"] = "微博", ["Posted.Link"] = "weibo" },
            $"/admin/channels/items/{id}?handler=Posted");
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        Assert.Contains("Posted_Link-error", await badLink.Content.ReadAsStringAsync());
        var view = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/channels"));
        Assert.Equal(("微信公众号", "https://mp.weixin.qq.com/s/fangzheng-yibao", "2024-10-08T01:30:00"),
            (view.GetProperty("newMediaPlatform").GetString(), view.GetProperty("newMediaLink").GetString(), view.GetProperty("newMediaPostedAt").GetString()![..19]));
        Assert.Equal(["led-gate"], view.GetProperty("screens").EnumerateArray().Where(s => s.GetProperty("chosen").GetBoolean()).Select(s => s.GetProperty("code").GetString()));

        var zip = await editor.Client.GetAsync($"/admin/channels/items/{id}?handler=Package");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        string Entry(string name) => new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8).ReadToEnd();
        Assert.Contains("缴费时间为10月1日至12月31日。", Entry("article.html"));
        Assert.StartsWith("关于2024年城乡居民医疗保险集中缴费的通告\n\n城乡居民医保开始缴费", Entry("summary.txt"), StringComparison.Ordinal);
        Assert.Equal(id, JsonDocument.Parse(Entry("package.json")).RootElement.GetProperty("id").GetInt64());

        var audit = await HttpAssert.OkAsync<JsonElement>(await admin.GetAsync($"/api/v1/audit?entityType=Item&entityId={id}"));
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("channelTexts", actions);
        Assert.Contains("channelScreens", actions);
        Assert.Contains("newMediaPosted", actions);

        var otherUnit = await CookieBrowser.LoginAsync(app, "editor-fgj");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.Client.GetAsync($"/admin/channels/items/{id}")).StatusCode);
    }

    [Fact]
    public async Task Staff_enter_offline_records_with_errors_beside_the_fields()
    {
        var editor = await CookieBrowser.LoginAsync(app, "editor");
        var bad = await editor.PostFormAsync("/admin/channels/offline", new()
        {
            ["Input.Unit"] = "230124-005", ["Input.Form"] = "board", ["Input.On"] = "2030-01-01", ["Input.Place"] = "", ["Input.Count"] = "0",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("日期不能晚于今天", body);
        Assert.Contains("Input_Place-error", body);
        Assert.Contains("条数须在 1 到 100000 之间", body);

        var ok = await editor.PostFormAsync("/admin/channels/offline", new()
        {
            ["Input.Unit"] = "230124-005", ["Input.Form"] = "pressConference", ["Input.On"] = "2024-09-26", ["Input.Place"] = "县政府第二会议室", ["Input.Count"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var list = await editor.Client.GetStringAsync(ok.Headers.Location!.ToString());
        Assert.Contains("<td>2024-09-26</td><td>230124-005</td><td>新闻发布会</td><td>县政府第二会议室</td><td>4</td>", list);
        var stats = await HttpAssert.OkAsync<JsonElement>(await (await app.LoginAsync("editor")).GetAsync("/api/v1/statistics/channels?year=2024&unit=230124-005"));
        Assert.Equal(4, stats.GetProperty("offlinePieces").GetInt32());
    }
}
