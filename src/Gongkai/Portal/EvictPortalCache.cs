using Gongkai.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

/// <summary>
/// Evicts the cached pages an item's change affects: its own, its policy's (interpretations), its unit's, the lists;
/// and a unit's pages when the unit changed them. Runs on every node, from the search outbox.
/// </summary>
public sealed class EvictPortalCache(AppDbContext db, IOutputCacheStore store, PageBytes.PageBytesCache bytes) : Search.ISearchAppliedListener
{
    public async Task AppliedAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var tags = new HashSet<string> { PortalCache.Lists };
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Items.AsNoTracking().Where(i => chunk.Contains(i.Id))
                .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new { i.Id, i.PolicyItemId, u.Code }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                tags.Add(PortalCache.UnitTag(row.Code));
                if (row.PolicyItemId is { } policy)
                {
                    tags.Add(PortalCache.ItemTag(policy));
                }
            }
            tags.UnionWith(chunk.Select(PortalCache.ItemTag));
        }
        await EvictAsync(tags, cancellationToken);
    }

    /// <summary>A unit's own pages (its guide) changed on some node: this node drops its copies too.</summary>
    public async Task UnitPagesChangedAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var codes = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => u.Code).ToListAsync(cancellationToken);
        await EvictAsync(codes.Select(PortalCache.UnitTag).ToHashSet(), cancellationToken);
    }

    private async Task EvictAsync(HashSet<string> tags, CancellationToken cancellationToken)
    {
        bytes.Evict(tags);
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
