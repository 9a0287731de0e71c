namespace Gongkai.Search;

public sealed partial class SearchSync
{
    private const int StreamThreshold = 1000;

    /// <summary>Makes the index hold exactly the source's documents; returns (added, removed).</summary>
    public async Task<(int Added, int Removed)> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<ISearchSource>();
            var wanted = (await source.AllIdsAsync(cancellationToken)).ToHashSet();
            var present = index.AllIds().ToHashSet();
            var missing = wanted.Where(id => !present.Contains(id)).ToList();
            var lingering = present.Where(id => !wanted.Contains(id)).ToList();
            index.Apply([], lingering);
            await NotifyAsync(scope.ServiceProvider, lingering, cancellationToken);
            if (missing.Count > StreamThreshold)
            {
                // A new or lost index: stream the source instead of loading documents one by one.
                var needed = missing.ToHashSet();
                var batch = new List<SearchDocument>(1000);
                await foreach (var doc in source.AllAsync(cancellationToken))
                {
                    if (needed.Contains(doc.Id))
                    {
                        batch.Add(doc);
                    }
                    if (batch.Count == 1000)
                    {
                        index.Apply(batch, []);
                        batch.Clear();
                    }
                }
                index.Apply(batch, []);
                await NotifyAsync(scope.ServiceProvider, missing, cancellationToken);
            }
            else
            {
                foreach (var chunk in missing.Chunk(500))
                {
                    await ApplyAsync(scope.ServiceProvider, chunk, null, cancellationToken);
                }
            }
            if (missing.Count + lingering.Count > 0)
            {
                LogReconciled(logger, missing.Count, lingering.Count);
            }
            return (missing.Count, lingering.Count);
        }
        finally
        {
            gate.Release();
        }
    }
}
