using System.Threading.Channels;
using Gongkai.Data;

namespace Gongkai.Search;

/// <summary>
/// Queues index changes with the caller's unit of work: call <see cref="Enqueue"/> before the
/// <c>SaveChangesAsync</c> that publishes, revises, withdraws or expires an item. The row commits (or not)
/// with that change; after the save the sync is woken.
/// </summary>
public sealed class SearchOutbox(AppDbContext db, SearchSignal signal, TimeProvider time)
{
    private bool hooked;

    /// <summary>Tells every node (through the same outbox) that a unit's own pages changed; see <see cref="ISearchAppliedListener.UnitPagesChangedAsync"/>.</summary>
    public void EnqueueUnitPages(int unitId) => Enqueue(unitId, SearchOperation.UnitPage);

    public void Enqueue(long documentId, SearchOperation operation)
    {
        db.SearchOutbox.Add(new SearchOutboxEntry
        {
            DocumentId = documentId,
            Operation = operation,
            EnqueuedAt = time.GetUtcNow().UtcDateTime,
        });
        if (!hooked)
        {
            hooked = true;
            db.SavedChanges += (_, _) => signal.Notify();
        }
    }
}

/// <summary>Wakes the sync as soon as something was enqueued in this process.</summary>
public sealed class SearchSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Completes when notified (without consuming the notice); <see cref="Consume"/> takes it.</summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken) => channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    public bool Consume() => channel.Reader.TryRead(out _);
}
