using Gongkai.ScaleOut;

namespace Gongkai.Requests;

/// <summary>
/// Once a day, at 01:00 China time, closes the requests whose correction or fee deadline ran out
/// (<see cref="CloseLapsedRequests"/>). With several nodes only the holder of the "requests-lapsed" lease runs it.
/// <c>Requests:AutoClose=false</c> turns the schedule off (officers then close by hand, or call the on-demand run).
/// Both the schedule and the on-demand run (<c>POST /api/v1/requests/lapsed/close</c>, tests) go through
/// <see cref="RunOnceAsync"/>, one run at a time.
/// </summary>
public sealed partial class LapsedRequestsJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    ILogger<LapsedRequestsJob> logger) : BackgroundService
{
    public const string LeaseName = "requests-lapsed";
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    private static readonly TimeOnly RunAt = new(1, 0);

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<IReadOnlyList<LapsedClosed>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var closed = await scope.ServiceProvider.GetRequiredService<CloseLapsedRequests>().RunAsync(cancellationToken);
            if (closed.Count > 0)
            {
                scope.ServiceProvider.GetRequiredService<ApplicantMailSender>().Wake();
            }
            return closed;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>How long from <paramref name="utcNow"/> to the next 01:00 in China.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset utcNow)
    {
        var china = utcNow.ToOffset(ChinaTime.Offset);
        var next = new DateTimeOffset(DateOnly.FromDateTime(china.DateTime).ToDateTime(RunAt), ChinaTime.Offset);
        return (next > china ? next : next.AddDays(1)) - china;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Requests:AutoClose", true))
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stoppingToken);
            try
            {
                if (!await JobLeases.HeldHereAsync(scopes, LeaseName, Interval, stoppingToken))
                {
                    continue;
                }
                var closed = await RunOnceAsync(stoppingToken);
                LogRun(logger, closed.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    public override void Dispose()
    {
        oneAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Lapsed requests closed: {Count}")]
    private static partial void LogRun(ILogger logger, int count);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Closing lapsed requests failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
