using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// SQLite's planner statistics (<c>sqlite_stat1</c>), refreshed once per node start in the background, after the host
/// listens: <c>PRAGMA optimize=0x10002</c> analyses every table whose row count has changed a lot since its last
/// analysis (a no-op when they are current, seconds when an instance has grown by a million rows). Without statistics
/// SQLite pages the search source's keyset query through the status index and sorts a million rows per page, so the
/// jobs' first pass waits for it (<see cref="HostStarted.WaitAsync"/>); the first answer does not. PostgreSQL's
/// autovacuum keeps its own statistics. An import ends with a full <c>ANALYZE</c>, and <c>gongkai index rebuild</c>
/// refreshes them before it pages (<see cref="RefreshAsync"/>).
/// </summary>
public sealed partial class PlannerStatistics(IServiceScopeFactory scopes, ILogger<PlannerStatistics> logger) : BackgroundService
{
    private readonly TaskCompletionSource refreshed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when this start's refresh has run (or failed, logged), or the node is stopping.</summary>
    public Task Refreshed => refreshed.Task;

    /// <summary>Refreshes the statistics of the context's database now (SQLite); nothing on PostgreSQL.</summary>
    public static async Task RefreshAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        // 0x10002 = analyse every table that needs it (not only those this connection used), with SQLite's own row limit.
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await HostStarted.ListeningAsync(scopes, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
        finally
        {
            refreshed.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Planner statistics refresh failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
