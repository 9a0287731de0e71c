using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Attachments;
using Gongkai.IntegrationTests.Attachments;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Portal.Items;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Portal;

public sealed class PublicItemsApiTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<JsonElement> GetAsync(string url) => await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync(url));

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Lists_published_items_newest_first_with_total_and_filters()
    {
        var all = await GetAsync("/api/v1/public/items?pageSize=5");
        Assert.True(all.GetProperty("total").GetInt32() > 5000);
        var dates = Items(all).Select(i => i.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(5, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var second = await GetAsync("/api/v1/public/items?pageSize=5&page=2");
        Assert.Empty(Items(second).Select(i => i.GetProperty("id").GetInt64()).Intersect(Items(all).Select(i => i.GetProperty("id").GetInt64())));

        var county2014 = await GetAsync("/api/v1/public/items?unit=230124&year=2014&pageSize=100");
        Assert.InRange(county2014.GetProperty("total").GetInt32(), 1, 4395);
        Assert.All(Items(county2014), i =>
        {
            Assert.Equal("230124", i.GetProperty("unit").GetString());
            Assert.Equal(2014, i.GetProperty("publishedAt").GetDateTimeOffset().Year);
        });

        var seed = (await GetAsync("/api/v1/public/items?category=seed&pageSize=1")).GetProperty("total").GetInt32();
        var areas = 0;
        for (var n = 1; n <= 5; n++)
        {
            areas += (await GetAsync($"/api/v1/public/items?category=seed-{n}&pageSize=1")).GetProperty("total").GetInt32();
        }
        Assert.Equal(areas, seed);
        Assert.True(seed > 4395);
    }

    [Fact]
    public async Task The_next_cursor_pages_by_keyset_like_page_numbers_do()
    {
        var first = await GetAsync("/api/v1/public/items?pageSize=7&page=1");
        var byNumber = await GetAsync("/api/v1/public/items?pageSize=7&page=2");
        var byCursor = await GetAsync("/api/v1/public/items?pageSize=7&cursor=" + first.GetProperty("next").GetString());
        Assert.Equal(Items(byNumber).Select(i => i.GetProperty("id").GetInt64()), Items(byCursor).Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(first.GetProperty("total").GetInt32(), byCursor.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_of_the_far_half_read_from_the_oldest_end_match_a_walk_by_cursor()
    {
        const string Filter = "unit=230124-005&pageSize=9";
        var walked = new List<long>();
        var page = await GetAsync($"/api/v1/public/items?{Filter}");
        var total = page.GetProperty("total").GetInt32();
        Assert.InRange(total, 30, 2000);
        while (true)
        {
            walked.AddRange(Items(page).Select(i => i.GetProperty("id").GetInt64()));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                break;
            }
            page = await GetAsync($"/api/v1/public/items?{Filter}&cursor={page.GetProperty("next").GetString()}");
        }
        Assert.Equal(total, walked.Count);
        var numbered = new List<long>();
        for (var n = 1; n <= (total + 8) / 9; n++)
        {
            var numberedPage = await GetAsync($"/api/v1/public/items?{Filter}&page={n}");
            numbered.AddRange(Items(numberedPage).Select(i => i.GetProperty("id").GetInt64()));
            Assert.Equal(n * 9 < total, numberedPage.GetProperty("next").ValueKind == JsonValueKind.String);
        }
        Assert.Equal(walked, numbered);
    }

    [Theory]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("year=abc", "year")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Bad_paging_is_a_validation_problem(string query, string field) =>
        await HttpAssert.ValidationErrorAsync(await app.Anonymous().GetAsync("/api/v1/public/items?" + query), field);

    [Fact]
    public async Task One_item_carries_its_metadata_and_links_its_interpretations()
    {
        var interpretation = Items(await GetAsync("/api/v1/public/items?kind=interpretation&pageSize=1"))[0];
        var detail = await GetAsync($"/api/v1/public/items/{interpretation.GetProperty("id").GetInt64()}");
        var policyId = detail.GetProperty("policy").GetProperty("id").GetInt64();
        var policy = await GetAsync($"/api/v1/public/items/{policyId}");
        Assert.Contains(policy.GetProperty("interpretations").EnumerateArray(), l => l.GetProperty("id").GetInt64() == detail.GetProperty("id").GetInt64());
        Assert.Matches(@"^方政规〔\d{4}〕\d+号$", policy.GetProperty("documentNumber").GetString());
        Assert.False(string.IsNullOrEmpty(policy.GetProperty("indexNumber").GetString()));
        Assert.Contains("规范性文件", policy.GetProperty("catalogNodeName").GetString());
        Assert.Equal("valid", policy.GetProperty("validity").GetString());
        Assert.StartsWith("方正县", policy.GetProperty("unitName").GetString());
    }

    [Fact]
    public async Task An_item_names_its_units_own_catalogue_node_and_lists_its_attachments_for_download()
    {
        var admin = await app.LoginAsync("unitadmin");
        await HttpAssert.OkAsync<JsonElement>(await admin.PutAsJsonAsync("/api/v1/catalog/230124-004/nodes/local-bridges", new { name = "桥梁养护公示", parentCode = "art21" }));
        var steps = await ItemSteps.LoginAsync(app);
        var id = (await steps.CreateAsync(new
        {
            unit = "230124-004", title = "2024年农村公路桥梁养护计划", body = "正文", formedOn = "2024-09-30", kind = "general",
            catalogNode = "local-bridges", channels = new[] { "website" },
        })).GetProperty("id").GetInt64();
        var pdf = SimpleDocuments.Pdf("桥梁养护计划", ["全县农村公路桥梁四十二座。"]);
        var file = await HttpAssert.OkAsync<JsonElement>(
            await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", Uploads.Form("桥梁养护计划.pdf", pdf)), HttpStatusCode.Created);
        await steps.OkStepAsync(steps.Editor, id, "submit");
        await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "pass", comment = "无涉密内容" });
        await steps.OkStepAsync(steps.Approver, id, "approve", new { decision = "pass", comment = "同意发布" });
        await steps.OkStepAsync(steps.Editor, id, "publish");

        var detail = await GetAsync($"/api/v1/public/items/{id}");
        Assert.Equal("桥梁养护公示", detail.GetProperty("catalogNodeName").GetString());
        Assert.Equal("230124-004", detail.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("policy").ValueKind);
        Assert.Empty(detail.GetProperty("interpretations").EnumerateArray());
        var attachment = Assert.Single(detail.GetProperty("attachments").EnumerateArray().ToList());
        Assert.Equal("桥梁养护计划.pdf", attachment.GetProperty("fileName").GetString());
        Assert.Equal(pdf.Length, attachment.GetProperty("size").GetInt64());
        Assert.Equal("PDF", attachment.GetProperty("typeName").GetString());
        var url = $"/xxgk/items/{id}/attachments/{file.GetProperty("id").GetInt64()}";
        Assert.Equal(url, attachment.GetProperty("url").GetString());
        Assert.Equal(pdf, await app.Anonymous().GetByteArrayAsync(url));
    }

    [Fact]
    public async Task An_item_past_its_repeal_day_is_not_found_even_before_the_job_expires_it()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("临时占道施工公告", repealedOn: "2024-10-20"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Gongkai.Data.AppDbContext>();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 10, 19, 15, 59, 0, TimeSpan.Zero));

        Assert.Equal(id, (await new GetPublicItem(db, clock).RunAsync(id)).Id); // 23:59 on the 19th, China time
        clock.Advance(TimeSpan.FromMinutes(1)); // the 20th has begun in China; the item is still Published in the database
        await Assert.ThrowsAsync<Gongkai.Infrastructure.NotFoundException>(() => new GetPublicItem(db, clock).RunAsync(id));
    }

    [Fact]
    public async Task A_draft_or_unknown_item_is_a_404_problem()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var draft = (await steps.CreateAsync(ItemSteps.Draft("尚未发布的草稿"))).GetProperty("id").GetInt64();
        await HttpAssert.ProblemAsync(await app.Anonymous().GetAsync($"/api/v1/public/items/{draft}"), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await app.Anonymous().GetAsync("/api/v1/public/items/99999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cached_answers_are_evicted_when_an_item_is_published_or_withdrawn()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        const string list = "/api/v1/public/items?unit=230124-003&pageSize=3";
        await GetAsync(list);
        var cached = await app.Anonymous().GetAsync(list);
        Assert.NotNull(cached.Headers.Age);

        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("关于缓存失效测试的公告"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        await sync.DrainOnceAsync();
        Assert.Equal(id, Items(await GetAsync(list))[0].GetProperty("id").GetInt64());
        await GetAsync($"/api/v1/public/items/{id}");

        await steps.OkStepAsync(steps.Editor, id, "withdraw");
        await sync.DrainOnceAsync();
        await HttpAssert.ProblemAsync(await app.Anonymous().GetAsync($"/api/v1/public/items/{id}"), HttpStatusCode.NotFound);
        Assert.NotEqual(id, Items(await GetAsync(list))[0].GetProperty("id").GetInt64());
    }
}
