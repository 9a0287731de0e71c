using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Builds a fresh index from the source in a new folder beside the one in use, then swaps the pointer
/// atomically. The old index keeps serving meanwhile; a running server switches on its next sync poll
/// (within a second) and replays the outbox from the position the rebuild started at.
/// </summary>
public sealed class RebuildSearchIndex(AppDbContext db, ISearchSource source, GongkaiOptions options, TimeProvider time)
{
    private const int Batch = 1000;

    public sealed record Outcome(int Documents, string Folder);

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        (await source.AllIdsAsync(cancellationToken)).Count;

    public async Task<Outcome> RunAsync(Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var root = options.PathIn("search");
        // Entries after this position may or may not be in the new index: the sync replays them (idempotently).
        var checkpoint = await db.SearchOutbox.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var previous = SearchFolder.Current(root);
        var folder = SearchFolder.NewFolder(root, time);
        var count = 0;
        using (var analyzer = SearchFields.CreateAnalyzer())
        using (var generation = new IndexGeneration(folder, analyzer, ramBufferMb: 64))
        {
            var batch = new List<SearchDocument>(Batch);
            await foreach (var doc in source.AllAsync(cancellationToken))
            {
                batch.Add(doc);
                if (batch.Count == Batch)
                {
                    generation.Apply(batch, [], null, commit: false);
                    count += batch.Count;
                    batch.Clear();
                    progress?.Invoke(count);
                }
            }
            generation.Apply(batch, [], checkpoint, commit: true);
            count += batch.Count;
            progress?.Invoke(count);
        }
        SearchFolder.SwapTo(root, folder);
        // Keep the index a running server may still have open; it deletes it after switching.
        SearchFolder.DeleteOthers(root, previous is null ? [folder] : [folder, previous]);
        return new Outcome(count, folder);
    }
}
