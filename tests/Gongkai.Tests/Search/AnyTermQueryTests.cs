using Gongkai.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.Tests.Search;

/// <summary><see cref="AnyTermQuery"/> matches and scores exactly as the BooleanQuery of the same SHOULD term clauses.</summary>
public sealed class AnyTermQueryTests : IDisposable
{
    private readonly TempIndex temp;
    private readonly DirectoryReader reader;
    private readonly FSDirectory directory;

    public AnyTermQueryTests()
    {
        temp = new TempIndex();
        foreach (var batch in SearchCorpus.Generate(600).Chunk(150))
        {
            temp.Index.Apply(batch, []);
        }
        temp.Index.Apply([TempIndex.Doc(9001, "预算公开", "无关的正文")], [5, 6, 7]);
        temp.Index.Dispose();
        directory = FSDirectory.Open(SearchFolder.Current(temp.Folder)!);
        reader = DirectoryReader.Open(directory);
    }

    public static TheoryData<string[]> Words => new()
    {
        new[] { "预算" }, new[] { "公开" }, new[] { "福山村" }, new[] { "财政资金" }, new[] { "医保", "医疗保险" },
        new[] { "低保", "特困人员", "养老服务" }, new[] { "无此词语" }, new[] { "预算", "无此词语" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Matches_and_scores_as_the_boolean_query_of_its_clauses(string[] words)
    {
        var searcher = new IndexSearcher(reader);
        var (any, boolean) = Both(words, boost: 1f);
        AssertSame(searcher.Search(boolean, 1000), searcher.Search(any, 1000), searcher, any);
    }

    [Fact]
    public void Inside_a_conjunction_with_a_filter_it_advances_as_the_boolean_query_does()
    {
        var searcher = new IndexSearcher(reader);
        var (any1, bool1) = Both(["预算", "决算"], boost: 2f);
        var (any2, bool2) = Both(["公开"], boost: 1f);
        var anyQuery = new BooleanQuery { { any1, Occur.MUST }, { any2, Occur.MUST } };
        var boolQuery = new BooleanQuery { { bool1, Occur.MUST }, { bool2, Occur.MUST } };
        var filter = BuildSearchQuery.Filter(new SearchQuery { Topic = SearchCorpus.Generate(1).Single().Topic });
        var expected = searcher.Search(boolQuery, filter, 1000);
        Assert.True(expected.TotalHits > 5, $"{expected.TotalHits} hits");
        AssertSame(expected, searcher.Search(anyQuery, filter, 1000), searcher, anyQuery);
    }

    private static (AnyTermQuery Any, BooleanQuery Boolean) Both(string[] words, float boost)
    {
        var clauses = words.SelectMany(w => new[]
        {
            (TermQuery)BuildSearchQuery.Substring(title: true, w), (TermQuery)BuildSearchQuery.Substring(title: false, w),
        }).ToList();
        clauses.Where((_, i) => i % 2 == 0).ToList().ForEach(title => title.Boost = 4f);
        var boolean = new BooleanQuery { Boost = boost };
        clauses.ForEach(c => boolean.Add(c, Occur.SHOULD));
        return (new AnyTermQuery(clauses) { Boost = boost }, boolean);
    }

    private static void AssertSame(TopDocs expected, TopDocs actual, IndexSearcher searcher, Query query)
    {
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        var want = expected.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var got = actual.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (doc, score) in want)
        {
            Assert.Equal(score, got[doc], score * 1e-5f);
        }
        foreach (var hit in actual.ScoreDocs.Take(5))
        {
            Assert.Equal(hit.Score, searcher.Explain(query, hit.Doc).Value, hit.Score * 1e-5f);
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        temp.Dispose();
    }
}
