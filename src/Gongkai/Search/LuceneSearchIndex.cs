using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// The <see cref="ISearchIndex"/> on Lucene.NET in <c>DATA/search</c>: gram fields for exact substring
/// matching and ranking, keyword fields for 文号/索引号 and filters, doc values
/// for facets and date sort. Opened lazily, so commands that never search never lock it.
/// </summary>
public sealed class LuceneSearchIndex(string root, TimeProvider time) : ISearchIndex, IDisposable
{
    private readonly Analyzer analyzer = SearchFields.CreateAnalyzer();
    private readonly object openLock = new();
    private IndexGeneration? current;

    public string Root => root;

    /// <summary>The index size from which one search runs its segments side by side (<see cref="LeafParallelSearch"/>); tests lower it.</summary>
    internal int ParallelFrom { get; init; } = LeafParallelSearch.DefaultParallelFrom;

    private IndexGeneration Current
    {
        get
        {
            lock (openLock)
            {
                return current ??= Open();
            }
        }
    }

    public long Checkpoint => Current.Checkpoint;

    public bool NeedsRebuild => Current.Format < IndexGeneration.CurrentFormat;

    private IndexGeneration Open()
    {
        var folder = SearchFolder.Current(root);
        if (folder is null)
        {
            folder = SearchFolder.NewFolder(root, time);
            var generation = new IndexGeneration(folder, analyzer);
            generation.Apply([], [], null);
            SearchFolder.SwapTo(root, folder);
            return generation;
        }
        return new IndexGeneration(folder, analyzer);
    }

    internal Analyzer Analyzer => analyzer;

    public void Apply(IReadOnlyCollection<SearchDocument> upserts, IReadOnlyCollection<long> deletes, long? checkpoint = null) =>
        Current.Apply(upserts, deletes, checkpoint);

    public IReadOnlyCollection<long> AllIds() => Current.AllIds();

    public bool ReopenIfSwapped()
    {
        lock (openLock)
        {
            var folder = SearchFolder.Current(root);
            if (current is null || folder is null || string.Equals(folder, current.Path, StringComparison.Ordinal))
            {
                return false;
            }
            var old = current;
            current = new IndexGeneration(folder, analyzer);
            old.Dispose();
            SearchFolder.DeleteOthers(root, folder);
            return true;
        }
    }

    public SearchResult Search(SearchQuery query)
    {
        try
        {
            return SearchOnce(query);
        }
        catch (ObjectDisposedException)
        {
            // The index was swapped (rebuild) while this search held the old one: the new one answers.
            return SearchOnce(query);
        }
    }

    private SearchResult SearchOnce(SearchQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);
        var page = Math.Clamp(query.Page, 1, SearchQuery.MaxPage);
        var generation = Current;
        var filter = BuildSearchQuery.Filter(query);
        return generation.WithSearcher(searcher =>
        {
            var lucene = BuildSearchQuery.Matching(query, generation.Format, term => searcher.IndexReader.DocFreq(term) > 0);
            var (skip, take) = ((page - 1) * pageSize, pageSize);
            // Sorted by date nothing is scored (score 0; ties keep index order).
            var (total, found, facets) = query.Sort == SearchSort.Date
                ? NewestFirst(searcher, lucene, filter, skip, take)
                : Ranked(searcher, lucene, filter, skip, take);
            var words = HighlightWords(query);
            var hits = found.Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, words)).ToList();
            return new SearchResult(total, hits, facets);
        });
    }

    private Found Ranked(IndexSearcher searcher, Query query, Filter? filter, int skip, int take)
    {
        var segments = LeafParallelSearch.Run(searcher, query, filter, () => new RankedPageCollector(skip + take), ParallelFrom);
        var hits = RankedPageCollector.Merge(segments, skip, take).Select(hit => (hit.Doc, hit.Score));
        return new Found(segments.Sum(s => s.Count), hits, FacetCollector.Result(segments.Select(s => s.Facets)));
    }

    private Found NewestFirst(IndexSearcher searcher, Query query, Filter? filter, int skip, int take)
    {
        var segments = LeafParallelSearch.Run(searcher, query, filter, () => new PageCollector(skip + take), ParallelFrom);
        if (segments.Length == 0)
        {
            return new Found(0, [], FacetCollector.Result([]));
        }
        var page = TopDocs.Merge(PageCollector.NewestFirst, skip, take, segments.Select(s => s.Page).ToArray());
        return new Found(page.TotalHits, page.ScoreDocs.Select(hit => (hit.Doc, 0f)), FacetCollector.Result(segments.Select(s => s.Facets)));
    }

    /// <summary>A search's total, the hits of the requested page (document in the reader, score) and facets.</summary>
    private readonly record struct Found(int Total, IEnumerable<(int Doc, float Score)> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    /// <summary>Every matching id, unpaged: for reconciliation checks and the recall test.</summary>
    internal IReadOnlySet<long> MatchingIds(SearchQuery query)
    {
        var generation = Current;
        return generation.WithSearcher(searcher =>
        {
            var ids = new IdCollector();
            var lucene = BuildSearchQuery.Matching(query, generation.Format, term => searcher.IndexReader.DocFreq(term) > 0);
            searcher.Search(lucene, BuildSearchQuery.Filter(query), ids);
            return (IReadOnlySet<long>)ids.Ids;
        });
    }

    private static List<string> HighlightWords(SearchQuery query) =>
        SearchText.Terms(query.Text)
            .SelectMany(t => query.Synonyms.TryGetValue(t, out var more) ? more.Select(SearchText.Normalize).Prepend(t) : [t])
            .Distinct().ToList();

    private static SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, List<string> words)
    {
        var body = doc.Get(SearchFields.Body) ?? "";
        // A hit on the title alone still shows its match: the snippet is then the highlighted title.
        var snippet = (words.Count == 0 ? null : HighlightSnippet.Make(body, words) ?? HighlightSnippet.Make(doc.Get(SearchFields.Attachment) ?? "", words)
                ?? HighlightSnippet.Make(doc.Get(SearchFields.Title) ?? "", words))
            ?? HighlightSnippet.Plain(body);
        return new SearchHit(
            long.Parse(doc.Get(SearchFields.Id)),
            doc.Get(SearchFields.Title) ?? "",
            snippet,
            doc.Get(SearchFields.Unit) ?? "",
            doc.Get(SearchFields.UnitName) ?? "",
            new DateTime(doc.GetField(SearchFields.Published).GetInt64Value() ?? 0, DateTimeKind.Utc),
            doc.Get(SearchFields.IndexNumberStored) ?? "",
            doc.Get(SearchFields.DocumentNumberStored) ?? "",
            score);
    }

    public void Dispose()
    {
        lock (openLock)
        {
            current?.Dispose();
            current = null;
        }
        analyzer.Dispose();
    }
}
