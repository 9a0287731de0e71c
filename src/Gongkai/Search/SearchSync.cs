using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Keeps this node's index true to the source: on start it reconciles (adds published documents the index
/// lacks, removes ones the source no longer has), then it drains the outbox in id order whenever woken by
/// <see cref="SearchSignal"/>, and at least every <see cref="Interval"/> (which also picks up changes made by
/// other nodes and a rebuilt index swapped in by <c>gongkai index rebuild</c>).
/// </summary>
public sealed partial class SearchSync(
    IServiceScopeFactory scopes, ISearchIndex index, SearchSignal signal, TimeProvider time, ILogger<SearchSync> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource reconciled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly OutboxReader reader = new();
    private DateTime lastPrune = DateTime.MinValue;

    private TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after the next drain that applied at least one entry (tests wait for it instead of sleeping).</summary>
    public Task NextDrain => Volatile.Read(ref drained).Task;

    /// <summary>Completes when the start-up reconciliation has run (tests wait for it).</summary>
    public Task StartupReconciled => reconciled.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The node answers requests first, then reconciles: on a small machine the reconciliation's CPU would
        // otherwise delay the first answer.
        await HostStarted.WaitAsync(scopes, stoppingToken);
        RebuildIfOutdated(stoppingToken);
        try
        {
            await ReconcileAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, "reconcile", e);
        }
        reconciled.TrySetResult();
        var wait = Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var signalled = await WaitAsync(wait, stoppingToken);
            wait = Interval;
            try
            {
                index.ReopenIfSwapped();
                var processed = await DrainOnceAsync(stoppingToken);
                // A wake-up can come before the writer's transaction commits: look again shortly.
                if (signalled && processed == 0)
                {
                    wait = TimeSpan.FromMilliseconds(200);
                }
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, "drain", e);
            }
        }
    }

    /// <summary>Applies every outbox entry after this index's checkpoint; returns how many entries it read.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var batch = await reader.NextAsync(db, index.Checkpoint, time.GetUtcNow().UtcDateTime, cancellationToken);
                if (batch.Entries.Count == 0)
                {
                    return Done(total);
                }
                await ApplyAsync(scope.ServiceProvider, batch.Entries.Where(e => e.Operation != SearchOperation.UnitPage).Select(e => e.DocumentId).Distinct().ToList(), batch.Checkpoint, cancellationToken);
                await NotifyUnitPagesAsync(scope.ServiceProvider, batch.Entries.Where(e => e.Operation == SearchOperation.UnitPage).Select(e => (int)e.DocumentId).Distinct().ToList(), cancellationToken);
                reader.Processed(batch.Entries);
                total += batch.Entries.Count;
                if (!batch.More)
                {
                    return Done(total);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private int Done(int total)
    {
        if (total > 0)
        {
            Interlocked.Exchange(ref drained, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
        return total;
    }

    private async Task ApplyAsync(IServiceProvider services, IReadOnlyList<long> ids, long? checkpoint, CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<ISearchSource>();
        var upserts = await source.LoadManyAsync(ids, cancellationToken);
        var found = upserts.Select(d => d.Id).ToHashSet();
        var deletes = ids.Where(id => !found.Contains(id)).ToList();
        index.Apply(upserts, deletes, checkpoint);
        await NotifyAsync(services, ids, cancellationToken);
    }

    private static async Task NotifyAsync(IServiceProvider services, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        foreach (var listener in services.GetServices<ISearchAppliedListener>())
        {
            await listener.AppliedAsync(ids, cancellationToken);
        }
    }

    private static async Task NotifyUnitPagesAsync(IServiceProvider services, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0)
        {
            return;
        }
        foreach (var listener in services.GetServices<ISearchAppliedListener>())
        {
            await listener.UnitPagesChangedAsync(unitIds, cancellationToken);
        }
    }

    private async Task<bool> WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woke = signal.WaitAsync(cancel.Token);
        var elapsed = Task.Delay(wait, time, cancel.Token);
        var first = await Task.WhenAny(woke, elapsed);
        await cancel.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        var signalled = first == woke && signal.Consume();
        return signalled;
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now - lastPrune < TimeSpan.FromHours(1))
        {
            return;
        }
        lastPrune = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = now - Retention;
        await db.SearchOutbox.Where(e => e.EnqueuedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search sync failed to {Step}")]
    private static partial void LogFailed(ILogger logger, string step, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index reconciled: {Added} added, {Removed} removed")]
    private static partial void LogReconciled(ILogger logger, int added, int removed);
}
