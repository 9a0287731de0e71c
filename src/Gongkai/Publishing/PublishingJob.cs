using System.Globalization;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>
/// Publishes scheduled items when their time comes and expires published items on their 废止/失效 day. All state is in
/// the database, so a restart loses nothing: the next tick catches up. Tests call <see cref="TickAsync"/> directly.
/// </summary>
public sealed partial class PublishingJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PublishingJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Items expired per transaction.</summary>
    public const int ExpireBatch = 500;

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<(int Published, int Expired)> TickAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunTickAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<(int Published, int Expired)> RunTickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = Timeliness.ChinaDay(now);
        var published = 0;
        var expired = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var publish = scope.ServiceProvider.GetRequiredService<PublishItem>();
        var search = scope.ServiceProvider.GetRequiredService<Search.SearchOutbox>();
        var due = await db.Items.Where(i => i.Status == ItemStatus.Scheduled && i.ScheduledAt <= now).OrderBy(i => i.ScheduledAt).ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            try
            {
                await publish.RunAsync(item, item.ScheduledAt!.Value, null);
                db.RecordAction("publish", nameof(Item), item.Id.ToString(CultureInfo.InvariantCulture), new { scheduled = true, item.PublishedAt });
                await db.SaveChangesAsync(cancellationToken);
                published++;
            }
            catch (ConflictException e)
            {
                db.ChangeTracker.Clear();
                LogBlocked(logger, item.Id, e.Message);
            }
        }
        // In batches, each its own transaction: a backlog (an imported history with past 废止 days, a node that was down)
        // must not hold SQLite's single write lock for minutes, and what is done stays done if the node stops.
        while (true)
        {
            var ending = await db.Items.Where(i => i.Status == ItemStatus.Published && i.RepealedOn != null && i.RepealedOn <= today)
                .OrderBy(i => i.RepealedOn).ThenBy(i => i.Id).Take(ExpireBatch).ToListAsync(cancellationToken);
            foreach (var item in ending)
            {
                item.Apply(Publishing.ItemAction.Expire);
                search.Enqueue(item.Id, Search.SearchOperation.Delete);
                item.Validity = item.Validity == Validity.Valid ? Validity.Lapsed : item.Validity;
                db.RecordAction("expire", nameof(Item), item.Id.ToString(CultureInfo.InvariantCulture), new { item.RepealedOn });
                expired++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (ending.Count < ExpireBatch)
            {
                break;
            }
        }
        return (published, expired);
    }

    public override void Dispose()
    {
        oneAtATime.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Gongkai.Infrastructure.HostStarted.WaitAsync(scopes, stoppingToken); // first tick after the node listens
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                // Several nodes: only the holder of the lease ticks (ScaleOut/IJobLease); one node always holds it.
                if (!await Gongkai.ScaleOut.JobLeases.HeldHereAsync(scopes, "publishing", Interval, stoppingToken))
                {
                    continue;
                }
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Scheduled item {Id} not published: {Reason}")]
    private static partial void LogBlocked(ILogger logger, long id, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Publishing job tick failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
