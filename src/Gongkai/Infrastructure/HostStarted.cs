namespace Gongkai.Infrastructure;

/// <summary>
/// Background work that touches the database waits for the host to have started (Kestrel listening) and answered its
/// first request (<see cref="FirstAnswer"/>) before its first pass. On SQLite the provider's "async" calls run
/// synchronously, so a first pass begun inside <c>BackgroundService.ExecuteAsync</c> would run inside the host's start
/// and delay the first answer.
/// </summary>
internal static class HostStarted
{
    /// <summary>
    /// Completes when the host has started and this start's planner statistics refresh has run
    /// (<see cref="Data.PlannerStatistics"/>), or the host is stopping; at once when there is no host lifetime.
    /// </summary>
    public static async Task WaitAsync(IServiceScopeFactory scopes, CancellationToken stoppingToken)
    {
        await ListeningAsync(scopes, stoppingToken);
        Data.PlannerStatistics? statistics;
        using (var scope = scopes.CreateScope())
        {
            statistics = scope.ServiceProvider.GetService<Data.PlannerStatistics>();
        }
        if (statistics is not null && !stoppingToken.IsCancellationRequested)
        {
            await statistics.Refreshed.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Completes when the host has started and answered its first request (<see cref="FirstAnswer"/>, at most its grace
    /// later), or is stopping; at once when there is no host lifetime.
    /// </summary>
    public static async Task ListeningAsync(IServiceScopeFactory scopes, CancellationToken stoppingToken)
    {
        await Task.Yield(); // return to the host at once: the rest runs after its start
        IHostApplicationLifetime? lifetime;
        FirstAnswer? first;
        using (var scope = scopes.CreateScope())
        {
            lifetime = scope.ServiceProvider.GetService<IHostApplicationLifetime>();
            first = scope.ServiceProvider.GetService<FirstAnswer>();
        }
        if (lifetime is null)
        {
            return;
        }
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var whenStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var whenStopped = stoppingToken.Register(() => started.TrySetResult());
        await started.Task;
        if (first is not null && !stoppingToken.IsCancellationRequested)
        {
            // The first answer before housekeeping (FirstAnswer); at most a short grace when nobody asks.
            await first.Answered.WaitAsync(FirstAnswer.Grace, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
