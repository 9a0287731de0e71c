using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Builds a fresh index from the source in a new folder beside the one in use, then swaps the pointer
/// atomically. The old index keeps serving meanwhile; a running server switches on its next sync poll
/// (within a second) and replays the outbox from the position the rebuild started at.
/// One reader streams the source into a bounded channel; <see cref="Workers"/> threads add the documents to the
/// one <see cref="Lucene.Net.Index.IndexWriter"/>, which analyses them in parallel (a segment buffer per thread).
/// </summary>
public sealed class RebuildSearchIndex(AppDbContext db, ISearchSource source, GongkaiOptions options, TimeProvider time)
{
    private const int Batch = 1000;

    public sealed record Outcome(int Documents, string Folder);

    /// <summary>Threads analysing documents; one per core by default (the reader runs beside them).</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        (await source.AllIdsAsync(cancellationToken)).Count;

    public async Task<Outcome> RunAsync(Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var root = options.PathIn("search");
        // Entries after this position may or may not be in the new index: the sync replays them (idempotently).
        var checkpoint = await db.SearchOutbox.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var previous = SearchFolder.Current(root);
        var folder = SearchFolder.NewFolder(root, time);
        int count;
        using (var analyzer = SearchFields.CreateAnalyzer())
        using (var generation = new IndexGeneration(folder, analyzer, ramBufferMb: 256, bulk: true))
        {
            count = await AddAllAsync(generation, progress, cancellationToken);
            generation.Apply([], [], checkpoint, commit: true);
            progress?.Invoke(count);
        }
        SearchFolder.SwapTo(root, folder);
        // Keep the index a running server may still have open; it deletes it after switching.
        SearchFolder.DeleteOthers(root, previous is null ? [folder] : [folder, previous]);
        return new Outcome(count, folder);
    }

    private async Task<int> AddAllAsync(IndexGeneration generation, Action<int>? progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(Batch)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var count = 0;
        var progressLock = new object();
        var workers = Enumerable.Range(0, Math.Max(1, Workers)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var doc in channel.Reader.ReadAllAsync(failed.Token))
                {
                    // A new, empty index and distinct ids: no delete-by-term needed.
                    generation.Writer.AddDocument(SearchFields.ToLucene(doc));
                    if (Interlocked.Increment(ref count) % Batch == 0 && progress is not null)
                    {
                        lock (progressLock)
                        {
                            progress(Volatile.Read(ref count));
                        }
                    }
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, CancellationToken.None)).ToList();
        Exception? readFailure = null;
        try
        {
            await foreach (var doc in source.AllAsync(failed.Token))
            {
                await channel.Writer.WriteAsync(doc, failed.Token);
            }
            channel.Writer.Complete();
        }
        catch (Exception e)
        {
            readFailure = e;
            channel.Writer.TryComplete(e);
            await failed.CancelAsync();
        }
        try
        {
            await Task.WhenAll(workers);
        }
        catch (Exception) when (readFailure is not null || cancellationToken.IsCancellationRequested)
        {
            // Reported below: the first cause, not the cancellation it caused in the other tasks.
        }
        var workerFailure = workers.Where(w => w.IsFaulted).Select(w => w.Exception!.InnerException!)
            .FirstOrDefault(e => e is not OperationCanceledException);
        if (workerFailure is not null)
        {
            ExceptionDispatchInfo.Throw(workerFailure);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (readFailure is not null)
        {
            ExceptionDispatchInfo.Throw(readFailure);
        }
        return count;
    }
}
