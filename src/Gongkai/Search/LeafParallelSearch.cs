using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// Runs one query over the searcher's segments side by side, each segment into its own collector, as Lucene's
/// executor-backed searcher does for its plain top-k searches, so that one search uses every core (at a million
/// documents the index has two large segments and a search takes 0.6 of its one-thread time); the caller merges the
/// collectors. The segments are dealt into one group per core by size (largest first, each to the lightest group),
/// and each thread takes the next whole group when it is free: the calling thread starts at once and takes a group
/// no pool thread has started, so a busy pool never leaves a search waiting. (Handing out segments one by one let the
/// calling thread take both large segments whenever the pool thread started late.) A small index is searched on the
/// calling thread alone.
/// </summary>
internal static class LeafParallelSearch
{
    /// <summary>Below this many documents a search takes about a millisecond: not worth handing to other threads.</summary>
    public const int DefaultParallelFrom = 100_000;

    /// <param name="parallelFrom">The index size (documents, deleted included) from which segments go side by side.</param>
    /// <returns>One collector per segment, in the reader's segment order.</returns>
    public static T[] Run<T>(IndexSearcher searcher, Query query, Filter? filter, Func<T> create, int parallelFrom = DefaultParallelFrom)
        where T : ICollector
    {
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var leaves = searcher.IndexReader.Leaves;
        var collectors = new T[leaves.Count];
        var groups = searcher.IndexReader.MaxDoc < parallelFrom ? 1 : Math.Min(Environment.ProcessorCount, leaves.Count);
        var dealt = Deal(leaves, groups);
        if (dealt.Count == 1)
        {
            dealt[0].ForEach(Search);
            return collectors;
        }
        Parallel.ForEach(Partitioner.Create(dealt, EnumerablePartitionerOptions.NoBuffering), group => group.ForEach(Search));
        return collectors;

        void Search(int i)
        {
            var leaf = leaves[i];
            var collector = collectors[i] = create();
            collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            try
            {
                scorer?.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it needs from this segment.
            }
        }
    }

    /// <summary>The segments' indexes in <paramref name="count"/> groups of about equal size, largest segment first.</summary>
    private static List<List<int>> Deal(IList<AtomicReaderContext> leaves, int count)
    {
        var groups = Enumerable.Range(0, Math.Max(count, 1)).Select(_ => new List<int>()).ToList();
        var sizes = new long[groups.Count];
        foreach (var i in Enumerable.Range(0, leaves.Count).OrderByDescending(i => leaves[i].AtomicReader.MaxDoc))
        {
            var lightest = Array.IndexOf(sizes, sizes.Min());
            groups[lightest].Add(i);
            sizes[lightest] += leaves[i].AtomicReader.MaxDoc;
        }
        return groups;
    }
}
