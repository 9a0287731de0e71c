using Gongkai.Search;
using static Gongkai.Tests.Search.TempIndex;

namespace Gongkai.Tests.Search;

public sealed class LuceneSearchIndexTests
{
    [Fact]
    public void A_title_match_ranks_above_a_body_match()
    {
        using var index = new TempIndex(
            Doc(1, "关于做好秸秆综合利用的通知", "各乡镇要做好高标准农田建设，落实福山村预算公开。" + new string('，', 50)),
            Doc(2, "福山村预算公开的通知", "各乡镇要做好秸秆综合利用工作。"),
            Doc(3, "无关的通知", "防汛抗旱。"));
        var result = index.Search("福山村 预算");
        Assert.Equal([2L, 1L], result.Hits.Select(h => h.Id));
        Assert.Equal(2, result.Total);
    }

    [Theory]
    [InlineData("方政发〔2014〕12号")]
    [InlineData("方政发[2014]12号")]
    [InlineData("11230124MB/2014-00002")]
    public void A_document_or_index_number_finds_that_document_first(string query)
    {
        using var index = new TempIndex(
            Doc(1, "关于方政发〔2014〕12号文件的解读", "解读方政发〔2014〕12号。", year: 2015),
            Doc(2, "县政府工作报告", "报告全文。", number: "方政发〔2014〕12号", year: 2014),
            Doc(3, "方政发〔2014〕120号", "另一份文件", number: "方政发〔2014〕120号"));
        Assert.Equal(2L, index.Search(query).Hits[0].Id);
    }

    [Theory]
    [InlineData("title:\"x\" AND (")]
    [InlineData("*?~")]
    [InlineData("预算*")]
    [InlineData("\"")]
    [InlineData("[1 TO 5] {a} ^2 || && ! - + \\ /")]
    [InlineData("预算~2 公开^3")]
    [InlineData("a:b:c")]
    [InlineData("")]
    public void Query_syntax_is_text_never_an_error(string query)
    {
        using var index = new TempIndex(Doc(1, "预算公开", "title:\"x\" 预算*的说明"));
        var result = index.Search(query);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void Syntax_characters_match_literally()
    {
        using var index = new TempIndex(Doc(1, "预算公开", "见 title:\"x\" 与预算*说明"), Doc(2, "决算", "预算说明"));
        Assert.Equal([1L], index.Search("预算*").Hits.Select(h => h.Id));
        Assert.Equal([1L], index.Search("title:\"x\"").Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("预算", new[] { 1L, 2L })]
    [InlineData("福山村", new[] { 2L })]
    [InlineData("山村", new[] { 2L })]
    [InlineData("村", new[] { 2L })]
    [InlineData("算", new[] { 1L, 2L })]
    [InlineData("预算 福山", new[] { 2L })]
    [InlineData("方正镇福", new long[0])]
    public void Finds_every_substring_including_two_and_one_characters(string query, long[] ids)
    {
        using var index = new TempIndex(Doc(1, "预算", "方正镇的年度预算"), Doc(2, "福山村", "福山村预算公开"));
        Assert.Equal(ids, index.Search(query).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Filters_facets_sorting_and_paging()
    {
        using var index = new TempIndex(
            Doc(1, "预算一", unit: "230124-001", year: 2022, topic: "财政"),
            Doc(2, "预算二", unit: "230124-001", year: 2023, topic: "教育"),
            Doc(3, "预算三", unit: "230124-002", year: 2024, topic: "财政", node: "02"),
            Doc(4, "决算", unit: "230124-002", year: 2024));
        var all = index.Index.Search(new SearchQuery { Text = "预算", Sort = SearchSort.Date });
        Assert.Equal([3L, 2L, 1L], all.Hits.Select(h => h.Id));
        Assert.Equal([new FacetValue("230124-001", "单位230124-001", 2), new FacetValue("230124-002", "单位230124-002", 1)], all.Facets["unit"]);
        Assert.Equal(["2024:1", "2023:1", "2022:1"], all.Facets["year"].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["财政:2", "教育:1"], all.Facets["topic"].Select(f => $"{f.Value}:{f.Count}"));

        Assert.Equal([1L, 2L], index.Index.Search(new SearchQuery { Text = "预算", UnitCode = "230124-001" }).Hits.Select(h => h.Id).Order());
        Assert.Equal([3L], index.Index.Search(new SearchQuery { Text = "预算", CatalogNode = "02" }).Hits.Select(h => h.Id));
        Assert.Equal([2L], index.Index.Search(new SearchQuery
        {
            Text = "预算", From = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc), Until = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        }).Hits.Select(h => h.Id));

        var page2 = index.Index.Search(new SearchQuery { Text = "预算", Sort = SearchSort.Date, Page = 2, PageSize = 2 });
        Assert.Equal(3, page2.Total);
        Assert.Equal([1L], page2.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Snippets_highlight_matches_in_the_body()
    {
        using var index = new TempIndex(Doc(1, "通知", "关于<福山村>的预算公开"));
        Assert.Equal("关于&lt;<em>福山村</em>&gt;的<em>预算</em>公开", index.Search("福山村 预算").Hits[0].Snippet);
    }

    [Fact]
    public void Synonyms_expand_a_term()
    {
        using var index = new TempIndex(Doc(1, "城乡居民基本医疗保险缴费通知"), Doc(2, "医保报销说明"), Doc(3, "养老服务"));
        var synonyms = new Dictionary<string, IReadOnlyList<string>> { ["医保"] = ["基本医疗保险"] };
        Assert.Equal([2L], index.Search("医保").Hits.Select(h => h.Id));
        Assert.Equal([1L, 2L], index.Index.Search(new SearchQuery { Text = "医保", Synonyms = synonyms }).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Upserts_replace_and_deletes_remove_with_the_checkpoint_committed()
    {
        using var index = new TempIndex(Doc(1, "预算"), Doc(2, "决算"));
        index.Index.Apply([Doc(1, "公开")], [2], checkpoint: 42);
        Assert.Empty(index.Search("预算").Hits);
        Assert.Empty(index.Search("决算").Hits);
        Assert.Single(index.Search("公开").Hits);
        Assert.Equal([1L], index.Index.AllIds());
        index.Index.Dispose();
        using var reopened = new LuceneSearchIndex(index.Folder, TimeProvider.System);
        Assert.Equal(42, reopened.Checkpoint);
        Assert.Equal([1L], reopened.AllIds());
    }

    [Fact]
    public void Facets_count_live_hits_across_segments_with_the_year_in_china_time()
    {
        // 2023-12-31 17:00 UTC is 2024-01-01 01:00 in China: a 2024 item. Each Apply commits its own segment.
        using var index = new TempIndex(Doc(1, "预算一", unit: "230124-001", topic: "财政") with { PublishedAt = new DateTime(2023, 12, 31, 17, 0, 0, DateTimeKind.Utc) },
            Doc(2, "预算二", unit: "230124-001", year: 2022, topic: "教育"));
        index.Index.Apply([Doc(3, "预算三", unit: "230124-002", year: 2022, node: "02"), Doc(4, "决算", unit: "230124-003", year: 2021)], []);
        index.Index.Apply([Doc(5, "预算五", unit: "230124-002", year: 2020)], [2]);
        var result = index.Index.Search(new SearchQuery { Text = "预算" });
        Assert.Equal(3, result.Total);
        Assert.Equal(["2024:1", "2022:1", "2020:1"], result.Facets["year"].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["230124-002:2", "230124-001:1"], result.Facets["unit"].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["01:2", "02:1"], result.Facets["catalogNode"].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["财政:3"], result.Facets["topic"].Select(f => $"{f.Value}:{f.Count}"));
    }

    [Theory]
    [InlineData("预算")]
    [InlineData("福山村")]
    [InlineData("算")]
    [InlineData("预算 公开")]
    public void Sorting_by_date_finds_the_same_documents_as_by_relevance(string text)
    {
        var documents = SearchCorpus.Generate(400).ToArray();
        using var index = new TempIndex(documents);
        var ranked = index.Index.Search(new SearchQuery { Text = text, PageSize = 50 });
        var byDate = index.Index.Search(new SearchQuery { Text = text, PageSize = 50, Sort = SearchSort.Date });
        Assert.Equal(ranked.Total, byDate.Total);
        Assert.Equal(ranked.Facets["year"], byDate.Facets["year"]);
        var dates = byDate.Hits.Select(h => h.PublishedAt).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(Math.Min(byDate.Total, 50), byDate.Hits.Count);
        Assert.True(byDate.Total > 0);
    }
}
