using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// Counts facet values of the matching documents from doc values: an ordinal counter per segment,
/// turned into labels once per segment, so the cost is one array increment per hit and dimension.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    public static readonly (string Name, string Field)[] Dimensions =
        [("unit", SearchFields.UnitFacet), ("catalogNode", SearchFields.NodeFacet), ("topic", SearchFields.TopicFacet)];

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly Dictionary<string, int>[] totals = Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<int, int> years = [];
    private readonly SortedDocValues?[] values = new SortedDocValues?[Dimensions.Length];
    private readonly int[][] counts = new int[Dimensions.Length][];
    private NumericDocValues? published;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var d = 0; d < Dimensions.Length; d++)
        {
            values[d] = context.AtomicReader.GetSortedDocValues(Dimensions[d].Field);
            counts[d] = new int[values[d]?.ValueCount ?? 0];
        }
        published = context.AtomicReader.GetNumericDocValues(SearchFields.PublishedValue);
    }

    public void Collect(int doc)
    {
        for (var d = 0; d < values.Length; d++)
        {
            var ord = values[d]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                counts[d][ord]++;
            }
        }
        if (published is not null)
        {
            var year = new DateTime(published.Get(doc), DateTimeKind.Utc).Add(ChinaOffset).Year;
            years[year] = years.GetValueOrDefault(year) + 1;
        }
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
        for (var d = 0; d < Dimensions.Length; d++)
        {
            if (values[d] is not { } dv)
            {
                continue;
            }
            var scratch = new BytesRef();
            for (var ord = 0; ord < counts[d].Length; ord++)
            {
                if (counts[d][ord] > 0)
                {
                    dv.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    totals[d][key] = totals[d].GetValueOrDefault(key) + counts[d][ord];
                    counts[d][ord] = 0;
                }
            }
        }
    }
}
