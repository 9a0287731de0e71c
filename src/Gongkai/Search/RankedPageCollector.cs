using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// One segment's share of a search ranked by relevance: its best hits up to the requested page — by score, then the
/// newer publication date, then index order, as <see cref="PageCollector"/> sorts them — its hit count and its facet
/// counts, in one pass. A hit scoring below the worst of a full page costs one comparison besides its facet counts;
/// the date is read only for hits that may enter the page. (Lucene's sorting collector went through a comparator per
/// sort field for every hit: a fifth of a search at a million documents.)
/// </summary>
internal sealed class RankedPageCollector(int size) : ICollector
{
    private readonly PriorityQueue<RankedHit, RankedHit> page = new(size + 1, RankedHit.WorstFirst);
    private Scorer? scorer;
    private NumericDocValues? dates;
    private int docBase;
    private float worst = float.NegativeInfinity;

    public FacetCollector Facets { get; } = new();

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        dates = context.AtomicReader.GetNumericDocValues(SearchFields.PublishedValue);
        Facets.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Count++;
        Facets.Collect(doc);
        var score = scorer!.GetScore();
        if (score < worst)
        {
            return;
        }
        var hit = new RankedHit(score, dates?.Get(doc) ?? 0, docBase + doc);
        if (page.Count < size)
        {
            page.Enqueue(hit, hit);
        }
        else if (RankedHit.WorstFirst.Compare(hit, page.Peek()) > 0)
        {
            page.EnqueueDequeue(hit, hit);
        }
        if (page.Count == size)
        {
            worst = page.Peek().Score;
        }
    }

    /// <summary>Hits <paramref name="skip"/> + 1 to <paramref name="skip"/> + <paramref name="take"/> of all segments, best first.</summary>
    public static List<RankedHit> Merge(IEnumerable<RankedPageCollector> segments, int skip, int take) =>
        segments.SelectMany(s => s.page.UnorderedItems.Select(h => h.Element))
            .Order(RankedHit.WorstFirst).Reverse().Skip(skip).Take(take).ToList();
}

/// <summary>A hit of a relevance-ranked search: its score, publication date (ticks) and document number in the reader.</summary>
internal readonly record struct RankedHit(float Score, long Published, int Doc)
{
    /// <summary>Lower score first, then older, then later in the index: the order in which hits leave a full page.</summary>
    public static readonly IComparer<RankedHit> WorstFirst = Comparer<RankedHit>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score)
        : a.Published != b.Published ? a.Published.CompareTo(b.Published)
        : b.Doc.CompareTo(a.Doc));
}
