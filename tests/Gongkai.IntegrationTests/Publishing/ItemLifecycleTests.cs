using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publishing;

public sealed class ItemLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("art20-07")]
    [InlineData("（七）财政预算、决算信息")]
    [InlineData("财政预算、决算信息")]
    public async Task The_catalogue_node_may_be_named_by_code_or_by_name(string node)
    {
        var steps = await ItemSteps.LoginAsync(app);
        var created = await steps.CreateAsync(new { unit = "230124-003", title = "2024年部门预算", body = "正文", formedOn = "2024-09-30", kind = "general", catalogNode = node });
        Assert.Equal("art20-07", created.GetProperty("catalogNode").GetString());
        var unknown = await steps.Editor.PostAsJsonAsync("/api/v1/items", new { unit = "230124-003", title = "x", body = "y", formedOn = "2024-09-30", kind = "general", catalogNode = "不存在的栏目" });
        await HttpAssert.ValidationErrorAsync(unknown, "catalogNode");
    }

    [Fact]
    public async Task Draft_to_published_then_revised_and_withdrawn_every_step_audited()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var created = await steps.CreateAsync(ItemSteps.Draft("关于调整城乡居民医保缴费标准的通知"));
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("indexNumber").ValueKind);

        await steps.OkStepAsync(steps.Editor, id, "submit");
        await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "pass", comment = "已审查" });
        await steps.OkStepAsync(steps.Approver, id, "approve", new { decision = "pass", comment = "同意" });
        var published = await steps.OkStepAsync(steps.Editor, id, "publish");
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Matches(@"^[0-9A-Z]{9}/2024-\d{5}$", published.GetProperty("indexNumber").GetString());

        var get = await steps.Editor.GetAsync($"/api/v1/items/{id}");
        var etag = get.Headers.ETag!.Tag;
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{id}")
        {
            Content = JsonContent.Create(ItemSteps.Draft("关于调整城乡居民医保缴费标准的通知（修订）")),
        };
        revise.Headers.TryAddWithoutValidation("If-Match", etag);
        var revised = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.SendAsync(revise));
        Assert.Equal(2, revised.GetProperty("revision").GetInt32());
        Assert.Equal(published.GetProperty("indexNumber").GetString(), revised.GetProperty("indexNumber").GetString());
        var versions = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/versions"));
        Assert.Equal(["关于调整城乡居民医保缴费标准的通知", "关于调整城乡居民医保缴费标准的通知（修订）"],
            versions.EnumerateArray().Select(v => v.GetProperty("title").GetString()));

        var withdrawn = await steps.OkStepAsync(steps.Approver, id, "withdraw", new { comment = "政策调整" });
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Item" && e.EntityId == id.ToString())
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["created", "submit", "review", "approve", "publish", "revise", "withdraw"],
            actions.Where(a => a != "updated"));
    }

    [Fact]
    public async Task Scheduled_publication_and_expiry_happen_on_the_job_tick()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var expiring = await steps.ApprovedAsync(ItemSteps.Draft("临时交通管制通告", repealedOn: "2024-10-12"));
        await steps.OkStepAsync(steps.Editor, expiring, "publish");
        var scheduled = await steps.ApprovedAsync(ItemSteps.Draft("2024年国庆后供暖安排"));
        var answer = await steps.OkStepAsync(steps.Approver, scheduled, "publish", new { publishAt = "2024-10-09T08:00:00+08:00" });
        Assert.Equal("scheduled", answer.GetProperty("status").GetString());

        // The hosted loop also ticks when the fake clock moves; ticks are serialised, so after ours the state is settled.
        var job = app.App.Services.GetRequiredService<PublishingJob>();
        Task<Dictionary<long, ItemStatus>> StatusesAsync() => app.WithDbAsync(db => db.Items.Where(i => i.Id == expiring || i.Id == scheduled)
            .ToDictionaryAsync(i => i.Id, i => i.Status));
        Assert.Equal((0, 0), await job.TickAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 9, 0, 30, 0, TimeSpan.Zero));
        await job.TickAsync();
        Assert.Equal(ItemStatus.Published, (await StatusesAsync())[scheduled]);
        Assert.Equal(ItemStatus.Published, (await StatusesAsync())[expiring]);
        app.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 11, 16, 30, 0, TimeSpan.Zero));
        await job.TickAsync();

        var statuses = await app.WithDbAsync(db => db.Items.Where(i => i.Id == expiring || i.Id == scheduled)
            .ToDictionaryAsync(i => i.Id, i => (i.Status, i.IndexNumber)));
        Assert.Equal(ItemStatus.Expired, statuses[expiring].Status);
        Assert.Equal(ItemStatus.Published, statuses[scheduled].Status);
        Assert.NotNull(statuses[scheduled].IndexNumber);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Item" && (e.Action == "expire" || e.Action == "publish"))
            .Select(e => e.EntityId + ":" + e.Action).ToListAsync());
        Assert.Contains($"{expiring}:expire", audited);
        Assert.Contains($"{scheduled}:publish", audited);
    }

    [Fact]
    public async Task Forbidden_transitions_are_409_with_a_chinese_reason()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = (await steps.CreateAsync(ItemSteps.Draft("关于公布2024年行政事业性收费目录的通知"))).GetProperty("id").GetInt64();
        var problem = await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "publish"), HttpStatusCode.Conflict);
        Assert.Contains("草稿", problem.GetProperty("detail").GetString());
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Approver, id, "approve", new { decision = "pass" }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Reviewer, id, "submit"), HttpStatusCode.Forbidden);

        await steps.OkStepAsync(steps.Editor, id, "submit");
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "submit"), HttpStatusCode.Conflict);
        await HttpAssert.ValidationErrorAsync(await steps.StepAsync(steps.Reviewer, id, "review", new { decision = "reject" }), "comment");
        var rejected = await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "reject", comment = "附件缺失" });
        Assert.Equal("draft", rejected.GetProperty("status").GetString());
        var item = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}"));
        Assert.Equal("附件缺失", item.GetProperty("returnReason").GetString());
        await HttpAssert.ValidationErrorAsync(await steps.StepAsync(steps.Editor, id, "submit", new { at = "2030-01-01T00:00:00Z" }), "at");
    }

    [Fact]
    public async Task A_stale_etag_gets_412_and_the_first_save_is_kept()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var created = await steps.Editor.PostAsJsonAsync("/api/v1/items", ItemSteps.Draft("草稿甲"));
        var id = (await HttpAssert.OkAsync<JsonElement>(created, HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var etag = created.Headers.ETag!.Tag;

        async Task<HttpResponseMessage> PutAsync(string title, string? tag)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{id}") { Content = JsonContent.Create(ItemSteps.Draft(title)) };
            if (tag is not null)
            {
                put.Headers.TryAddWithoutValidation("If-Match", tag);
            }
            return await steps.Editor.SendAsync(put);
        }

        var first = await PutAsync("草稿甲（第一位编辑）", etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        await HttpAssert.ProblemAsync(await PutAsync("草稿甲（第二位编辑）", etag), HttpStatusCode.PreconditionFailed);
        await HttpAssert.ProblemAsync(await PutAsync("草稿甲（无版本）", null), HttpStatusCode.PreconditionFailed);
        var item = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}"));
        Assert.Equal("草稿甲（第一位编辑）", item.GetProperty("title").GetString());
    }
}
