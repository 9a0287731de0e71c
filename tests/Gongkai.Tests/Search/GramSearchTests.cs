using Gongkai.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Store;
using static Gongkai.Tests.Search.TempIndex;

namespace Gongkai.Tests.Search;

/// <summary>Format 2: whole-term gram postings for terms of 2–4 characters, 4-gram phrases beyond, the same substring semantics.</summary>
public sealed class GramSearchTests
{
    [Theory]
    [InlineData(3, "方正镇福山村", "方正镇@1 正镇福@2 镇福山@3 福山村@4")]
    [InlineData(4, "方正镇福山村", "方正镇福@1 正镇福山@2 镇福山村@3")]
    [InlineData(3, "方正 福山村", "福山村@10")]
    [InlineData(4, "预算公开 abc de", "预算公开@1")]
    [InlineData(3, "Ａb𠀀c", "ab𠀀@1 b𠀀c@2")]
    [InlineData(3, "村", "")]
    public void Emits_the_full_grams_of_each_run_only(int size, string text, string expected)
    {
        using var analyzer = new GramAnalyzer(size);
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var (tokens, position) = (new List<string>(), 0);
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add($"{term}@{position}");
        }
        stream.End();
        Assert.Equal(expected, string.Join(' ', tokens));
    }

    private static readonly SearchDocument[] Documents =
    [
        Doc(1, "方正县福山村预算公开", "关于高标准农田建设的通知"),
        Doc(2, "县政府工作报告", "福山村 预算公开情况，方正县财政局"),
        Doc(3, "𠀀𠀁𠀂𠀃𠀄 古籍用字", "ABC-123 项目编号 gb/t 9704"),
        Doc(4, "预算", "公开"),
        Doc(5, "高标准农田", "建设高标准农田建设高标准"),
    ];

    [Theory]
    [InlineData("福山", "1,2")] // 2 characters: one bigram
    [InlineData("福山村", "1,2")] // 3: one 3-gram
    [InlineData("预算公开", "1,2")] // 4: one 4-gram
    [InlineData("方正县福山村预算", "1")] // 8: a phrase of 4-grams
    [InlineData("村预算公开", "1")] // 5: two overlapping 4-grams; across a space (doc 2) it is not found
    [InlineData("方正县财政局", "2")]
    [InlineData("高标准农田建设", "1,5")] // 7: title of 5 + body of 1 and 5
    [InlineData("农田建设高标准", "5")]
    [InlineData("田建设高标准农", "")] // every 4-gram occurs in doc 5, not in this order
    [InlineData("预算公", "1,2")]
    [InlineData("预算公开方正", "")]
    [InlineData("𠀁𠀂", "3")] // surrogate pairs count as one character
    [InlineData("𠀀𠀁𠀂", "3")]
    [InlineData("𠀁𠀂𠀃𠀄", "3")]
    [InlineData("𠀀𠀁𠀂𠀃𠀄", "3")]
    [InlineData("c-12", "3")] // mixed ASCII, folded to lower case
    [InlineData("ＡＢＣ-123", "3")]
    [InlineData("gb/t", "3")]
    [InlineData("预算公开情况", "2")]
    [InlineData("开关于", "")] // title end + body start: no term spans the title/body boundary
    [InlineData("公开关于高", "")]
    [InlineData("预算公开关于高标准", "")]
    [InlineData("算公", "1,2")]
    public void Finds_exactly_the_documents_containing_the_term(string query, string expected)
    {
        using var index = new TempIndex(Documents);
        var want = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Order();
        Assert.Equal(want, index.Index.MatchingIds(new SearchQuery { Text = query }).Order());
    }

    [Fact]
    public void An_index_of_format_1_answers_with_bigram_phrases_and_asks_for_a_rebuild()
    {
        var root = Path.Combine(Path.GetTempPath(), "gongkai-search-tests", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "index-format1");
        try
        {
            using (var directory = FSDirectory.Open(folder))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchFields.Version, SearchFields.CreateAnalyzer())))
            {
                foreach (var doc in Documents)
                {
                    // A format-1 document: the bigram fields only (plus SmartCn ones, which no query reads any more).
                    var lucene = SearchFields.ToLucene(doc);
                    foreach (var field in new[] { SearchFields.Title3, SearchFields.Text3, SearchFields.Title4, SearchFields.Text4 })
                    {
                        lucene.RemoveFields(field);
                    }
                    writer.AddDocument(lucene);
                }
                writer.SetCommitData(new Dictionary<string, string> { ["outbox"] = "7" });
                writer.Commit();
            }
            SearchFolder.SwapTo(root, folder);
            using (var index = new LuceneSearchIndex(root, TimeProvider.System))
            {
                Assert.True(index.NeedsRebuild);
                Assert.Equal(7, index.Checkpoint);
                Assert.Equal([1L], index.MatchingIds(new SearchQuery { Text = "方正县福山村预算" }).Order());
                Assert.Equal([1L, 2L], index.MatchingIds(new SearchQuery { Text = "福山村" }).Order());
                Assert.Equal([1L, 5L], index.MatchingIds(new SearchQuery { Text = "高标准农田建设" }).Order());
                Assert.Empty(index.MatchingIds(new SearchQuery { Text = "预算公开关于高标准" }));

                // Writing to it keeps its format: it stays marked for the rebuild.
                index.Apply([Doc(9, "福山村新闻")], [], 8);
            }
            using var reopened = new LuceneSearchIndex(root, TimeProvider.System);
            Assert.True(reopened.NeedsRebuild);
        }
        finally
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_new_index_is_of_the_current_format()
    {
        using var index = new TempIndex(Documents);
        Assert.False(index.Index.NeedsRebuild);
        index.Index.Dispose(); // closes the writer: a second instance can open the folder (disposing twice is harmless)
        using var reopened = new LuceneSearchIndex(index.Folder, TimeProvider.System);
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal(5, reopened.AllIds().Count);
    }
}
