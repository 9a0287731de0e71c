namespace Gongkai.Search;

public sealed partial class SearchSync
{
    private Task upgrade = Task.CompletedTask;

    /// <summary>Completes when the background rebuild of an index of an older format has been swapped in (tests wait for it).</summary>
    public Task UpgradeRebuilt => upgrade;

    /// <summary>
    /// An index written by an older build (<see cref="IndexGeneration.Format"/>) keeps answering, exactly but ranked as
    /// the older build did not, while a new one is built beside it on one thread, as <c>gongkai index rebuild</c> would;
    /// the sync keeps it current meanwhile and switches when it is complete.
    /// </summary>
    private void RebuildIfOutdated(CancellationToken stoppingToken)
    {
        if (!index.NeedsRebuild)
        {
            return;
        }
        LogOutdated(logger, IndexGeneration.CurrentFormat);
        upgrade = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>();
                rebuild.Workers = 1;
                var outcome = await rebuild.RunAsync(cancellationToken: stoppingToken);
                await gate.WaitAsync(stoppingToken);
                try
                {
                    index.ReopenIfSwapped();
                }
                finally
                {
                    gate.Release();
                }
                LogUpgraded(logger, outcome.Documents);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, "rebuild the index of an older format", e);
            }
        }, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index is of an older format: rebuilding it in the background as format {Format}; searches use the old index until then")]
    private static partial void LogOutdated(ILogger logger, int format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt in the new format: {Documents} documents")]
    private static partial void LogUpgraded(ILogger logger, int documents);
}
