using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>Bulk paths (import, demo): many added rows under ONE audit entry that summarises them.</summary>
public abstract partial class AppDbContext
{
    /// <summary>
    /// Saves many added rows (import, demo) under ONE audit entry that summarises them, instead of an entry per
    /// row: a 100,000-row migration is one audited act. Modified rows are not allowed here.
    /// </summary>
    internal Task SaveBulkAsync(string action, string entityType, object details, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("bulk saves only add rows");
        }
        return AuditedBulkAsync(() => base.SaveChangesAsync(true, cancellationToken), action, entityType, details, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="SaveBulkAsync"/> but past the change tracker (<see cref="BulkInsert"/>: one prepared insert per
    /// row, keys set on the rows), for imports of hundreds of thousands of rows.
    /// </summary>
    internal Task InsertBulkAsync<T>(IReadOnlyList<T> rows, string action, object details, CancellationToken cancellationToken = default)
        where T : class =>
        AuditedBulkAsync(() => this.InsertRowsAsync(rows, cancellationToken), action, typeof(T).Name, details, cancellationToken);

    /// <summary>Writes, then appends the one summary entry; joins the caller's transaction when there is one.</summary>
    private async Task AuditedBulkAsync(Func<Task> write, string action, string entityType, object details, CancellationToken cancellationToken)
    {
        var summary = JsonSerializer.Serialize(details, AuditJson);
        await ChainLock.WaitAsync(cancellationToken);
        try
        {
            var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await using (owned)
            {
                await write();
                await AppendToChainAsync([new PendingAudit(action, entityType, () => "bulk", summary)], cancellationToken);
                await base.SaveChangesAsync(true, cancellationToken);
                if (owned is not null)
                {
                    await owned.CommitAsync(cancellationToken);
                }
            }
        }
        finally
        {
            ChainLock.Release();
        }
    }
}
