using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>Collects the document ids (from doc values) of every hit.</summary>
internal sealed class IdCollector : ICollector
{
    private NumericDocValues? ids;

    public HashSet<long> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        ids = context.AtomicReader.GetNumericDocValues(SearchFields.IdValue);

    public void Collect(int doc)
    {
        if (ids is not null)
        {
            Ids.Add(ids.Get(doc));
        }
    }
}
