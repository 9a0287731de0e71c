using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<Item> Items => Set<Item>();
    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();
    public DbSet<IndexCounter> IndexCounters => Set<IndexCounter>();
    public DbSet<UnitIndexPattern> UnitIndexPatterns => Set<UnitIndexPattern>();
    public DbSet<CatalogNode> CatalogNodes => Set<CatalogNode>();
    public DbSet<SensitiveWord> SensitiveWords => Set<SensitiveWord>();

    /// <summary>
    /// Saves many added rows (import, demo) under ONE audit entry that summarises them, instead of an entry per
    /// row: a 100,000-row migration is one audited act. Modified rows are not allowed here.
    /// </summary>
    internal async Task SaveBulkAsync(string action, string entityType, object details, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("bulk saves only add rows");
        }
        var summary = JsonSerializer.Serialize(details, AuditJson);
        await ChainLock.WaitAsync(cancellationToken);
        try
        {
            // Joins the caller's transaction when there is one (the import's batch: numbers, items, outbox, audit in one).
            var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await using (owned)
            {
                await base.SaveChangesAsync(true, cancellationToken);
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
