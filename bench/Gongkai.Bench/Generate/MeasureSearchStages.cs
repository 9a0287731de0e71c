using System.Diagnostics;
using Gongkai.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>measure search --split yes</c>: the time of one search taken apart on a reader of the same index folder —
/// matching and counting alone, plus the top-10 sort, plus the facet collector, and loading + highlighting the 10 hits,
/// each on one thread; then top 10 and facets with the segments searched side by side, as the node does.
/// Medians over the queries (each stage run after the others once, so the page cache is warm for all).
/// </summary>
internal static class MeasureSearchStages
{
    public static void Run(ISearchIndex index, List<string> queries)
    {
        var folder = SearchFolder.Current(((LuceneSearchIndex)index).Root) ?? throw new InvalidOperationException("no index");
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var stages = new Dictionary<string, List<double>>
        {
            ["match + count"] = [], ["match + top 10 (score, sort)"] = [], ["match + facets"] = [], ["stored fields + highlight of 10"] = [], ["whole search"] = [],
            ["f1 bigram phrases: top 10 + facets"] = [], ["f2 whole terms: top 10 + facets"] = [],
            ["f2, 文号/索引号 clauses always"] = [], ["f2, one collector (page, count, facets)"] = [], ["f2, one collector, segments side by side"] = [],
        };
        foreach (var pass in new[] { false, false, true })
        {
            foreach (var text in queries)
            {
                var query = new SearchQuery { Text = text };
                var lucene = BuildSearchQuery.Matching(query, exists: term => reader.DocFreq(term) > 0);
                var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));
                double Time(Action work)
                {
                    var clock = Stopwatch.StartNew();
                    work();
                    return clock.Elapsed.TotalMilliseconds;
                }
                var times = new[]
                {
                    Time(() => searcher.Search(lucene, null, new TotalHitCountCollector())),
                    Time(() => searcher.Search(lucene, null, TopFieldCollector.Create(sort, 10, false, true, false, false))),
                    Time(() => searcher.Search(lucene, null, new FacetCollector())),
                    Time(() =>
                    {
                        var top = TopFieldCollector.Create(sort, 10, false, true, false, false);
                        searcher.Search(lucene, null, top);
                        var hits = top.GetTopDocs().ScoreDocs;
                        var clock = Stopwatch.StartNew();
                        foreach (var hit in hits)
                        {
                            var doc = searcher.Doc(hit.Doc);
                            _ = HighlightSnippet.Make(doc.Get(SearchFields.Body) ?? "", [text]);
                        }
                        stages["stored fields + highlight of 10"].Add(clock.Elapsed.TotalMilliseconds);
                    }),
                    Time(() => index.Search(query)),
                    // The same index queried as a format-1 index would be (bigram phrases; without the old SmartCn clauses).
                    Time(() => searcher.Search(BuildSearchQuery.Matching(query, 1, term => reader.DocFreq(term) > 0), null, MultiCollector.Wrap(
                        TopFieldCollector.Create(sort, 10, false, true, false, false), new FacetCollector()))),
                    Time(() => searcher.Search(lucene, null, MultiCollector.Wrap(
                        TopFieldCollector.Create(sort, 10, false, true, false, false), new FacetCollector()))),
                    Time(() => searcher.Search(BuildSearchQuery.Matching(query), null, MultiCollector.Wrap(
                        TopFieldCollector.Create(sort, 10, false, true, false, false), new FacetCollector()))),
                    Time(() => searcher.Search(lucene, null, new RankedPageCollector(10))),
                    Time(() => RankedPageCollector.Merge(LeafParallelSearch.Run(searcher, lucene, null, () => new RankedPageCollector(10)), 0, 10)),
                };
                if (pass)
                {
                    stages["match + count"].Add(times[0]);
                    stages["match + top 10 (score, sort)"].Add(times[1]);
                    stages["match + facets"].Add(times[2]);
                    stages["whole search"].Add(times[4]);
                    stages["f1 bigram phrases: top 10 + facets"].Add(times[5]);
                    stages["f2 whole terms: top 10 + facets"].Add(times[6]);
                    stages["f2, 文号/索引号 clauses always"].Add(times[7]);
                    stages["f2, one collector (page, count, facets)"].Add(times[8]);
                    stages["f2, one collector, segments side by side"].Add(times[9]);
                }
                else
                {
                    stages["stored fields + highlight of 10"].RemoveAt(stages["stored fields + highlight of 10"].Count - 1);
                }
            }
        }
        foreach (var (name, times) in stages)
        {
            Console.WriteLine($"search stage     {name,-44} p50 {MeasureSearch.P(times, 0.5),8:F2} ms  p99 {MeasureSearch.P(times, 0.99),8:F2} ms");
        }
    }
}
