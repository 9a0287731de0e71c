using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>The real catalogue as the search source: the demo is searchable, and each workflow step reaches the index.</summary>
public sealed class ItemSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private SearchSync Sync => app.App.Services.GetRequiredService<SearchSync>();

    private async Task<JsonElement> SearchAsync(string q, string more = "") =>
        await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/search?q=" + Uri.EscapeDataString(q) + more));

    private async Task<List<long>> FoundAsync(string q)
    {
        await Sync.DrainOnceAsync();
        return (await SearchAsync(q)).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToList();
    }

    [Fact]
    public async Task Published_revised_withdrawn_and_expired_items_reach_the_index()
    {
        await Sync.StartupReconciled;
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("福山村道路硬化工程公示", "<p>福山村二〇二四年道路硬化。</p>"));
        Assert.Empty(await FoundAsync("福山村"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        Assert.Equal([id], await FoundAsync("福山村 硬化"));

        var get = await steps.Editor.GetAsync($"/api/v1/items/{id}");
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{id}") { Content = JsonContent.Create(ItemSteps.Draft("福山村饮水工程公示")) };
        revise.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag!.Tag);
        await HttpAssert.OkAsync<JsonElement>(await steps.Editor.SendAsync(revise));
        Assert.Empty(await FoundAsync("道路硬化"));
        Assert.Equal([id], await FoundAsync("饮水工程"));

        await steps.OkStepAsync(steps.Editor, id, "withdraw");
        Assert.Empty(await FoundAsync("福山村"));

        var lapsing = await steps.ApprovedAsync(ItemSteps.Draft("松南乡临时交通管制通告", repealedOn: "2024-10-10"));
        await steps.OkStepAsync(steps.Editor, lapsing, "publish");
        Assert.Equal([lapsing], await FoundAsync("交通管制"));
        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.App.Services.GetRequiredService<PublishingJob>().TickAsync();
        Assert.Empty(await FoundAsync("交通管制"));
    }

    [Fact]
    public async Task A_two_word_query_on_the_demo_ranks_matching_titles_first_with_highlights_facets_and_total()
    {
        await Sync.StartupReconciled;
        var answer = await SearchAsync("冬季供暖 通知");
        Assert.True(answer.GetProperty("total").GetInt32() > 3);
        var first = answer.GetProperty("hits")[0].GetProperty("title").GetString()!;
        Assert.Contains("冬季供暖", first);
        Assert.Contains("通知", first);
        Assert.Contains("<em>冬季供暖</em>", answer.GetProperty("hits")[0].GetProperty("snippet").GetString());
        Assert.NotEmpty(answer.GetProperty("facets").GetProperty("unit").EnumerateArray());
        Assert.Contains(answer.GetProperty("facets").GetProperty("year").EnumerateArray(), y => y.GetProperty("value").GetString() == "2014");

        var body = await SearchAsync("人民群众 合法权益");
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.Matches("<em>[^<]*人民群众[^<]*</em>", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public async Task A_document_number_finds_that_document_first_and_the_node_facet_has_names()
    {
        await Sync.StartupReconciled;
        var answer = await SearchAsync("方政规〔2023〕3号");
        var first = answer.GetProperty("hits")[0];
        Assert.Equal("方政规〔2023〕3号", first.GetProperty("documentNumber").GetString());
        Assert.Equal(1, (await SearchAsync("方政规[2023]3号")).GetProperty("hits").EnumerateArray()
            .Count(h => h.GetProperty("documentNumber").GetString() == "方政规〔2023〕3号"));
        var nodes = answer.GetProperty("facets").GetProperty("catalogNode").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("value").GetString() == "art20-01" && n.GetProperty("label").GetString()!.Contains("规范性文件"));
    }

    [Fact]
    public async Task After_a_crash_reconciliation_restores_the_index_from_the_items()
    {
        await Sync.StartupReconciled;
        var index = app.App.Services.GetRequiredService<ISearchIndex>();
        var target = (await SearchAsync("方政规〔2023〕3号")).GetProperty("hits")[0].GetProperty("id").GetInt64();
        // The crash: a published item lost from the index, a draft that never was public indexed.
        var draft = await app.WithDbAsync(db => Task.FromResult(db.Items.Where(i => i.Status == Gongkai.Catalog.ItemStatus.Draft).Select(i => i.Id).First()));
        index.Apply([new SearchDocument { Id = draft, Title = "泄露的草稿标题", PublishedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc) }], [target]);
        Assert.DoesNotContain(target, await FoundAsync("方政规〔2023〕3号"));

        var (added, removed) = await Sync.ReconcileAsync();

        Assert.True(added >= 1 && removed >= 1, $"added {added}, removed {removed}");
        Assert.Equal((0, 0), await Sync.ReconcileAsync());
        Assert.Equal(target, (await FoundAsync("方政规〔2023〕3号"))[0]);
        Assert.Empty(await FoundAsync("泄露的草稿标题"));
    }

    [Theory]
    [InlineData("title:\"供暖\" AND (")]
    [InlineData("供暖~ OR *")]
    [InlineData("[2023 TO 2024]")]
    [InlineData("\\ / ! ^ { }")]
    public async Task Lucene_syntax_in_the_query_never_errors(string q)
    {
        await Sync.StartupReconciled;
        var answer = await SearchAsync(q);
        Assert.True(answer.GetProperty("total").GetInt32() >= 0);
    }
}
