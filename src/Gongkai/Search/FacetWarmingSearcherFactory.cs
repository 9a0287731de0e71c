using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// Reads the <see cref="SegmentFacets"/> of every new segment when the near-real-time searcher is reopened, on the
/// writing thread, so that searches never pay for it (unchanged segments are already in the cache).
/// </summary>
internal sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = base.NewSearcher(reader);
        SegmentFacets.Warm(searcher);
        return searcher;
    }
}
