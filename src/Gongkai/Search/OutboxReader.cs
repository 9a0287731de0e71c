using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Reads the next outbox entries for one node. Entries come in id order after the checkpoint. On PostgreSQL
/// ids are taken at insert but become visible at commit, so a slow transaction can commit an id below one
/// already processed: entries of the last <see cref="Lookback"/> at or below the checkpoint are read again
/// and those not yet processed are applied too (applying is idempotent). SQLite has one writer at a time and the table's
/// ids are AUTOINCREMENT, so ids there become visible in id order: no lookback, whose query (ids at or below the
/// checkpoint, recent ones) SQLite answers by walking the primary key from the first id — 0.4–0.9 s of CPU every second
/// with a million entries in the outbox after a large import.
/// </summary>
internal sealed class OutboxReader
{
    public const int BatchSize = 500;
    public static readonly TimeSpan Lookback = TimeSpan.FromMinutes(2);
    private readonly Dictionary<long, DateTime> recent = [];

    public sealed record Batch(IReadOnlyList<SearchOutboxEntry> Entries, long Checkpoint, bool More);

    public async Task<Batch> NextAsync(AppDbContext db, long checkpoint, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - Lookback;
        foreach (var old in recent.Where(r => r.Value < since).Select(r => r.Key).ToList())
        {
            recent.Remove(old);
        }
        // Only PostgreSQL needs the look-back (SQLite has one writer and AUTOINCREMENT ids). Read through the time index,
        // not in id order: in id order the planner walks the primary key over every entry (a million after a big import).
        var late = db.Database.IsSqlite() ? [] : (await db.SearchOutbox.AsNoTracking()
                .Where(e => e.EnqueuedAt >= since && e.Id <= checkpoint)
                .OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken))
            .Where(e => !recent.ContainsKey(e.Id)).OrderBy(e => e.Id).ToList();
        var next = await db.SearchOutbox.AsNoTracking()
            .Where(e => e.Id > checkpoint)
            .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var entries = late.Concat(next).ToList();
        return new Batch(entries, next.Count > 0 ? next[^1].Id : checkpoint, next.Count == BatchSize);
    }

    public void Processed(IEnumerable<SearchOutboxEntry> entries)
    {
        foreach (var entry in entries)
        {
            recent[entry.Id] = entry.EnqueuedAt;
        }
    }
}
