using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class LedFeedTests(TestApp app) : IClassFixture<TestApp>
{
    private static object LedDraft(string title) => new
    {
        unit = "230124-003", title, body = "<p>正文内容。</p>", formedOn = "2024-09-30", kind = "general",
        catalogNode = "seed-2", channels = new[] { "website", "led" },
    };

    private async Task CreateScreenAsync(string code, int maxLength)
    {
        var admin = await app.LoginAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/channels/targets", new
        {
            code, kind = "led", name = "测试LED屏", place = "财政局门口", units = new[] { "230124-003" }, maxLength, maxMessages = 5,
        });
        await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    private async Task<List<(long Id, string Text)>> FeedAsync(string code)
    {
        var feed = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync($"/led/{code}/feed.json"));
        return feed.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("id").GetInt64(), m.GetProperty("text").GetString()!)).ToList();
    }

    [Fact]
    public async Task An_item_approved_for_LED_is_in_the_feed_right_after_publication_and_gone_after_withdrawal()
    {
        await CreateScreenAsync("led-test-1", 12);
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(LedDraft("关于2024年冬季城区集中供热开栓时间的通告"));
        Assert.DoesNotContain(await FeedAsync("led-test-1"), m => m.Id == id);

        await steps.OkStepAsync(steps.Editor, id, "publish");
        var message = Assert.Single(await FeedAsync("led-test-1"), m => m.Id == id);
        Assert.Equal("2024年冬季城区集中…", message.Text);
        Assert.Equal(12, message.Text.Length);
        var text = await app.Anonymous().GetStringAsync("/led/led-test-1/feed.txt");
        Assert.StartsWith("2024年冬季城区集中…\n", text, StringComparison.Ordinal);

        await steps.OkStepAsync(steps.Approver, id, "withdraw", new { comment = "时间调整" });
        Assert.DoesNotContain(await FeedAsync("led-test-1"), m => m.Id == id);

        var log = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/channels"));
        Assert.Equal(["website/delivered/publish", "led/delivered/publish", "website/removed/withdraw", "led/removed/withdraw"],
            log.GetProperty("deliveries").EnumerateArray().Select(d =>
                $"{d.GetProperty("channel").GetString()}/{d.GetProperty("action").GetString()}/{d.GetProperty("reason").GetString()}"));
    }

    [Fact]
    public async Task The_feed_answers_304_until_its_content_changes_and_an_edited_LED_text_replaces_the_derived_one()
    {
        await CreateScreenAsync("led-test-2", 30);
        var client = app.Anonymous();
        var first = await client.GetAsync("/led/led-test-2/feed.json");
        var etag = first.Headers.ETag!.Tag;
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, "/led/led-test-2/feed.txt");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(LedDraft("关于开展2024年度秸秆禁烧工作的通知"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        Assert.Equal("开展2024年度秸秆禁烧工作", Assert.Single(await FeedAsync("led-test-2"), m => m.Id == id).Text);

        var edited = await steps.Editor.PutAsJsonAsync($"/api/v1/items/{id}/channels/texts", new { ledText = "严禁露天焚烧秸秆" });
        Assert.Equal("严禁露天焚烧秸秆", (await HttpAssert.OkAsync<JsonElement>(edited)).GetProperty("ledText").GetString());
        Assert.Equal("严禁露天焚烧秸秆", Assert.Single(await FeedAsync("led-test-2"), m => m.Id == id).Text);

        var stale = new HttpRequestMessage(HttpMethod.Get, "/led/led-test-2/feed.json");
        stale.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var changed = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task An_unknown_screen_is_404_and_a_bad_target_is_refused_field_by_field()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/led/no-such-screen/feed.json")).StatusCode);
        var admin = await app.LoginAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/channels/targets", new { code = "Bad Code", kind = "fax", name = "", units = new[] { "999" } });
        Assert.Contains("编码", await HttpAssert.ValidationErrorAsync(response, "code"), StringComparison.Ordinal);
        var editor = await app.LoginAsync("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/channels/targets", new { code = "x", kind = "led", name = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_approver_chooses_the_channels_at_sign_off()
    {
        await CreateScreenAsync("led-test-3", 40);
        var steps = await ItemSteps.LoginAsync(app);
        var id = (await steps.CreateAsync(new { unit = "230124-003", title = "关于防范电信诈骗的提示", body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "general" }))
            .GetProperty("id").GetInt64();
        await steps.OkStepAsync(steps.Editor, id, "submit");
        await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "pass", comment = "无涉密内容" });
        await HttpAssert.ValidationErrorAsync(await steps.StepAsync(steps.Approver, id, "approve", new { decision = "pass", channels = new[] { "fax" } }), "channels");
        await steps.OkStepAsync(steps.Approver, id, "approve", new { decision = "pass", comment = "同意", channels = new[] { "website", "led" } });
        await steps.OkStepAsync(steps.Editor, id, "publish");
        Assert.Equal("防范电信诈骗的提示", Assert.Single(await FeedAsync("led-test-3"), m => m.Id == id).Text);
    }
}
