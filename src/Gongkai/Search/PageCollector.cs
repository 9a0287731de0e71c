using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// One segment's share of a search sorted newest first (nothing scored): its first hits up to the requested page, with
/// their sort values so that the segments' pages merge with <see cref="TopDocs.Merge(Sort, int, int, TopDocs[])"/>,
/// and its facet counts, in one pass. <see cref="RankedPageCollector"/> is its relevance-ranked counterpart.
/// </summary>
internal sealed class PageCollector(int count) : ICollector
{
    public static readonly Sort NewestFirst = new(new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));

    private readonly TopFieldCollector top = TopFieldCollector.Create(NewestFirst, count, true, false, false, false);

    public FacetCollector Facets { get; } = new();

    public TopFieldDocs Page => (TopFieldDocs)top.GetTopDocs();

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        top.SetNextReader(context);
        Facets.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        top.Collect(doc);
        Facets.Collect(doc);
    }
}
