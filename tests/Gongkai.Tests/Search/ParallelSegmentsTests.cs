using Gongkai.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.Tests.Search;

/// <summary>
/// A search whose segments run side by side (<see cref="LeafParallelSearch"/>), each into a <see cref="RankedPageCollector"/>
/// or <see cref="PageCollector"/>, with its words as <see cref="AnyTermQuery"/>, answers exactly what Lucene's own
/// classes answer in one pass over the index: total, the hits of each page in order (ties included), and facets.
/// </summary>
public sealed class ParallelSegmentsTests
{
    [Fact]
    public void Segments_searched_side_by_side_give_what_lucene_gives_in_one_pass()
    {
        var documents = SearchCorpus.Generate(600).ToArray();
        using var temp = new TempIndex();
        // Four commits, four segments; the last one replaces documents of the first (deleted there).
        foreach (var batch in documents.Chunk(200))
        {
            temp.Index.Apply(batch, []);
        }
        temp.Index.Apply(documents.Take(40).Select(d => d with { Title = d.Title + "（修订）" }).ToArray(), []);
        temp.Index.Dispose();
        using var parallel = new LuceneSearchIndex(temp.Folder, TimeProvider.System) { ParallelFrom = 0 };
        using var directory = FSDirectory.Open(SearchFolder.Current(temp.Folder)!);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3, $"{reader.Leaves.Count} segments");
        Assert.True(reader.HasDeletions);
        var searcher = new IndexSearcher(reader);
        var synonyms = new Dictionary<string, IReadOnlyList<string>> { ["医保"] = ["医疗保险", "医疗保障"] };

        foreach (var text in new[] { "预算", "公开", "修订", "财政资金 公开", "福山村", "算", "医保", "城乡居民基本医疗保险" })
        {
            foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
            {
                foreach (var page in new[] { 1, 2, 7 })
                {
                    var query = new SearchQuery { Text = text, Sort = sort, Page = page, PageSize = 10, Synonyms = synonyms };
                    var (total, ids, facets) = OnePass(searcher, query);
                    var result = parallel.Search(query);
                    var context = $"{text} {sort} page {page}";
                    Assert.True(total > 0, context);
                    Assert.Equal(total, result.Total);
                    Assert.Equal(ids, result.Hits.Select(h => h.Id));
                    foreach (var (name, values) in facets)
                    {
                        Assert.Equal(values, result.Facets[name]);
                    }
                }
            }
        }
    }

    /// <summary>The query with each <see cref="AnyTermQuery"/> replaced by Lucene's BooleanQuery of its clauses.</summary>
    private static Query Classic(Query query)
    {
        switch (query)
        {
            case AnyTermQuery any:
                var either = new BooleanQuery { Boost = any.Boost };
                foreach (var clause in any.Clauses)
                {
                    either.Add(clause, Occur.SHOULD);
                }
                return either;
            case BooleanQuery boolean:
                var copy = new BooleanQuery { Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(Classic(clause.Query), clause.Occur);
                }
                return copy;
            default:
                return query;
        }
    }

    /// <summary>
    /// The search as Lucene runs it on one thread: one sorting collector and the facet collector over the whole reader,
    /// the query in Lucene's own classes (<see cref="Classic"/>).
    /// </summary>
    private static (int Total, List<long> Ids, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) OnePass(IndexSearcher searcher, SearchQuery query)
    {
        var byDate = new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true);
        var ranked = query.Sort != SearchSort.Date;
        var sort = ranked ? new Sort(SortField.FIELD_SCORE, byDate) : new Sort(byDate);
        var top = TopFieldCollector.Create(sort, query.Page * query.PageSize, false, ranked, false, false);
        var facets = new FacetCollector();
        searcher.Search(Classic(BuildSearchQuery.Matching(query)), null, MultiCollector.Wrap(top, facets));
        var ids = top.GetTopDocs((query.Page - 1) * query.PageSize, query.PageSize).ScoreDocs
            .Select(hit => long.Parse(searcher.Doc(hit.Doc).Get(SearchFields.Id))).ToList();
        return (top.TotalHits, ids, facets.Result());
    }
}
