namespace Gongkai.Search;

/// <summary>
/// The full-text index of published documents, one per node (process), kept in the instance data folder.
/// Matching is exact substring matching (what <c>LIKE '%term%'</c> finds), ranking favours titles. Writes come from <see cref="SearchSync"/> (and the rebuild command) only.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Runs a search; never throws for any user text.</summary>
    SearchResult Search(SearchQuery query);

    /// <summary>
    /// Adds or replaces <paramref name="upserts"/>, removes <paramref name="deletes"/>, and commits durably
    /// together with the outbox position <paramref name="checkpoint"/> (when given); visible to searches on return.
    /// </summary>
    void Apply(IReadOnlyCollection<SearchDocument> upserts, IReadOnlyCollection<long> deletes, long? checkpoint = null);

    /// <summary>True when the index was written by an older build (another format): it still answers, exactly, until a rebuild replaces it.</summary>
    bool NeedsRebuild { get; }

    /// <summary>The last outbox entry id committed into this index (0 for a new index).</summary>
    long Checkpoint { get; }

    /// <summary>The ids of every document in the index, for reconciliation with the source.</summary>
    IReadOnlyCollection<long> AllIds();

    /// <summary>Switches to a rebuilt index if <c>index rebuild</c> has swapped one in; true when it did.</summary>
    bool ReopenIfSwapped();
}
