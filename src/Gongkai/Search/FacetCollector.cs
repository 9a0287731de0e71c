using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// Counts facet values of the matching documents from the segment's <see cref="SegmentFacets"/> arrays: a counter per
/// ordinal and per year index for each segment, turned into labels once per segment, so the cost is one array read
/// and one increment per hit and dimension.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    public static readonly (string Name, string Field)[] Dimensions =
        [("unit", SearchFields.UnitFacet), ("catalogNode", SearchFields.NodeFacet), ("topic", SearchFields.TopicFacet)];

    private readonly Dictionary<string, int>[] totals = Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<int, int> years = [];
    private readonly int[][] counts = new int[Dimensions.Length][];
    private int[][] ordinals = [];
    private SegmentFacets? segment;
    private AtomicReader? reader;
    private int[] yearCounts = [];
    private ushort[] yearIndex = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        reader = context.AtomicReader;
        segment = SegmentFacets.Of(reader);
        ordinals = segment.Ordinals;
        for (var d = 0; d < Dimensions.Length; d++)
        {
            counts[d] = new int[segment.ValueCounts[d] + 1];
        }
        yearIndex = segment.YearIndex;
        yearCounts = new int[segment.Years.Length];
    }

    public void Collect(int doc)
    {
        var ords = ordinals;
        for (var d = 0; d < ords.Length; d++)
        {
            if (ords[d].Length > 0)
            {
                counts[d][ords[d][doc]]++;
            }
        }
        if (yearIndex.Length > 0)
        {
            yearCounts[yearIndex[doc]]++;
        }
    }

    /// <summary>The counts of several collectors (one per segment of a parallel search) added up.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(IEnumerable<FacetCollector> parts, int top = 30)
    {
        var all = new FacetCollector();
        foreach (var part in parts)
        {
            part.Flush();
            for (var d = 0; d < Dimensions.Length; d++)
            {
                foreach (var (key, count) in part.totals[d])
                {
                    all.totals[d][key] = all.totals[d].GetValueOrDefault(key) + count;
                }
            }
            foreach (var (year, count) in part.years)
            {
                all.years[year] = all.years.GetValueOrDefault(year) + count;
            }
        }
        return all.Result(top);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int top = 30)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var d = 0; d < Dimensions.Length; d++)
        {
            result[Dimensions[d].Name] = totals[d]
                .Select(t => (Parts: t.Key.Split(SearchFields.LabelSeparator), Count: t.Value))
                .Select(t => new FacetValue(t.Parts[0], t.Parts.Length > 1 ? t.Parts[1] : t.Parts[0], t.Count))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(top).ToList();
        }
        result["year"] = years.OrderByDescending(y => y.Key)
            .Select(y => new FacetValue(y.Key.ToString(), $"{y.Key}年", y.Value)).ToList();
        return result;
    }

    private void Flush()
    {
        if (segment is null || reader is null)
        {
            return;
        }
        for (var d = 0; d < Dimensions.Length; d++)
        {
            for (var ord = 1; ord < counts[d].Length; ord++)
            {
                if (counts[d][ord] > 0)
                {
                    var key = SegmentFacets.Label(reader, d, ord - 1);
                    totals[d][key] = totals[d].GetValueOrDefault(key) + counts[d][ord];
                }
            }
        }
        for (var y = 0; y < yearCounts.Length; y++)
        {
            if (yearCounts[y] > 0)
            {
                years[segment.Years[y]] = years.GetValueOrDefault(segment.Years[y]) + yearCounts[y];
            }
        }
        segment = null;
        reader = null;
    }
}
