using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using static Gongkai.IntegrationTests.Search.SearchTestApp;

namespace Gongkai.IntegrationTests.Search;

public sealed class PublicSearchApiTests(SearchTestApp app) : IClassFixture<SearchTestApp>
{
    private async Task PublishAsync(params SearchDocument[] docs)
    {
        await app.Sync.StartupReconciled;
        foreach (var doc in docs)
        {
            app.Source.Publish(doc);
            await app.EnqueueAsync(doc.Id, SearchOperation.Upsert);
        }
        await app.Sync.DrainOnceAsync();
    }

    private async Task<JsonElement> SearchAsync(string query) =>
        await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/search?" + query));

    [Fact]
    public async Task Answers_total_hits_with_highlights_and_facets()
    {
        await PublishAsync(
            Doc(201, "方正镇2024年财政预算公开", "方正镇财政预算<收入>情况。"),
            Doc(202, "县政府工作报告", "其中方正镇的财政预算执行良好。"));
        var answer = await SearchAsync("q=" + Uri.EscapeDataString("方正镇 预算"));
        Assert.Equal(2, answer.GetProperty("total").GetInt32());
        var first = answer.GetProperty("hits")[0];
        Assert.Equal(201, first.GetProperty("id").GetInt64());
        Assert.Equal("方正镇2024年财政预算公开", first.GetProperty("title").GetString());
        Assert.Equal("<em>方正镇</em>财政<em>预算</em>&lt;收入&gt;情况。", first.GetProperty("snippet").GetString());
        Assert.Equal("230124-002", first.GetProperty("unit").GetString());
        Assert.Equal("11230124MB0000000X/2024-00201", first.GetProperty("indexNumber").GetString());
        Assert.Equal("2024-10-08T10:00:00+08:00", first.GetProperty("publishedAt").GetString());
        var units = answer.GetProperty("facets").GetProperty("unit");
        Assert.Equal("230124-002", units[0].GetProperty("value").GetString());
        Assert.Equal(2, units[0].GetProperty("count").GetInt32());
        Assert.Equal("2024", answer.GetProperty("facets").GetProperty("year")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_document_number_finds_its_document_first_and_filters_apply()
    {
        await PublishAsync(Doc(211, "关于印发耕地保护实施方案的通知", "全文", number: "方政发〔2014〕12号"), Doc(212, "耕地保护解读", "解读方政发〔2014〕12号"));
        var answer = await SearchAsync("q=" + Uri.EscapeDataString("方政发〔2014〕12号"));
        Assert.Equal(211, answer.GetProperty("hits")[0].GetProperty("id").GetInt64());
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("耕地保护") + "&unit=230124-003")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await SearchAsync("q=" + Uri.EscapeDataString("耕地保护") + "&unit=230124-002&category=01&from=2024-10-08&to=2024-10-08")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("耕地保护") + "&from=2024-10-09")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("title:\"x\" AND (")]
    [InlineData("*?~")]
    [InlineData("\\")]
    [InlineData("")]
    public async Task Query_syntax_gives_results_or_an_empty_list(string q)
    {
        var answer = await SearchAsync("q=" + Uri.EscapeDataString(q));
        Assert.True(answer.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("hits").ValueKind);
    }

    [Theory]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-10-09&to=2024-10-08", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1001", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("sort=random", "sort")]
    public async Task Bad_dates_and_pages_are_validation_problems(string query, string field)
    {
        var message = await HttpAssert.ValidationErrorAsync(await app.Anonymous().GetAsync("/api/v1/public/search?q=x&" + query), field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
    }

    [Fact]
    public async Task Administrators_edit_synonyms_that_expand_searches()
    {
        await PublishAsync(Doc(221, "城乡居民基本医疗保险缴费标准", "缴费标准调整。"));
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("居民医保"))).GetProperty("total").GetInt32());

        var admin = await app.LoginAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/search/synonyms", new { words = new[] { "居民医保", "城乡居民基本医疗保险" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([221L], (await SearchAsync("q=" + Uri.EscapeDataString("居民医保"))).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()));

        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/search/synonyms/{id}")).StatusCode);
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("居民医保"))).GetProperty("total").GetInt32());

        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/v1/search/synonyms", new { words = new[] { "只有一个" } }), "words");
        var editor = await app.LoginAsync("editor");
        await HttpAssert.ProblemAsync(await editor.PostAsJsonAsync("/api/v1/search/synonyms", new { words = new[] { "甲", "乙" } }), HttpStatusCode.Forbidden);
    }
}
