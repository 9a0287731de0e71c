using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Channels;

/// <summary>
/// Writes the delivery log with every save that publishes, revises, withdraws or expires an item — whichever path
/// made the change (workflow API, publishing job, import) — so the log commits with the change or not at all.
/// </summary>
internal sealed class DeliveryLogInterceptor : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            Record(db);
        }
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            Record(db);
        }
        return result;
    }

    private static void Record(AppDbContext db)
    {
        if (!db.ChangeTracker.AutoDetectChangesEnabled)
        {
            return;
        }
        db.ChangeTracker.DetectChanges();
        var now = db.Time.GetUtcNow().UtcDateTime;
        var rows = new List<ChannelDelivery>();
        foreach (var entry in db.ChangeTracker.Entries<Item>().Where(e => e.State == EntityState.Modified))
        {
            var status = entry.Property(i => i.Status);
            var revision = entry.Property(i => i.Revision);
            var channels = entry.Property(i => i.Channels);
            var item = entry.Entity;
            var steps = DeliveryPlan.For(status.OriginalValue, revision.OriginalValue, channels.OriginalValue ?? [],
                item.Status, item.Revision, item.Channels);
            var at = steps.Count > 0 && steps[0].Reason == "publish" && item.PublishedAt is { } published ? published : now;
            rows.AddRange(steps.Select(s => new ChannelDelivery
            {
                ItemId = item.Id, Channel = s.Channel, Action = s.Action, Reason = s.Reason, Revision = item.Revision,
                At = at, Actor = db.Actor.Name,
            }));
        }
        db.ChannelDeliveries.AddRange(rows);
    }
}
