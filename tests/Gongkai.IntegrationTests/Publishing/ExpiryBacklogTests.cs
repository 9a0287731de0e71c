using Gongkai.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publishing;

/// <summary>
/// A backlog of items past their 废止 day (an imported history, a node that was down) larger than one batch is expired
/// in one tick, batch by batch, each item audited and queued for removal from search.
/// </summary>
public sealed class ExpiryBacklogTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_expired_completely_in_one_tick()
    {
        var today = Timeliness.ChinaDay(app.Clock.GetUtcNow().UtcDateTime);
        var backlog = PublishingJob.ExpireBatch * 2 + 7;
        var ids = await app.WithDbAsync(async db =>
        {
            var chosen = await db.Items.Where(i => i.Status == ItemStatus.Published && i.RepealedOn == null)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(backlog).ToListAsync();
            await db.Items.Where(i => chosen.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.RepealedOn, today.AddDays(-3)));
            return chosen;
        });
        Assert.Equal(backlog, ids.Count);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "expire"));

        var (_, expired) = await app.App.Services.GetRequiredService<PublishingJob>().TickAsync();

        // The hosted loop may have ticked too (ticks are serialised): together they expired every one, once.
        var statuses = await app.WithDbAsync(db => db.Items.Where(i => ids.Contains(i.Id)).Select(i => i.Status).Distinct().ToListAsync());
        Assert.Equal([ItemStatus.Expired], statuses);
        Assert.InRange(expired, 0, backlog);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "expire").OrderBy(e => e.Sequence).Select(e => e.EntityId).ToListAsync());
        Assert.Equal(before + backlog, audited.Count);
        Assert.Equal(ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), audited.Skip(before).Order());
        var queued = await app.WithDbAsync(db => db.SearchOutbox.Where(o => o.Operation == SearchOperation.Delete && ids.Contains(o.DocumentId))
            .Select(o => o.DocumentId).Distinct().CountAsync());
        Assert.Equal(backlog, queued); // outbox rows are pruned only after their retention: these are minutes old at most
    }
}
