using System.Threading.Channels;
using Gongkai.Data;
using Gongkai.ScaleOut;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gongkai.Requests;

/// <summary>
/// Sends the applicant e-mail outbox (<see cref="ApplicantMessage"/>): woken right after a step queued one
/// (<see cref="Wake"/>) and every minute for retries; with several nodes only the "applicant-mail" lease holder sends.
/// A failure never reaches the officer's action: it is recorded on the row, logged, and retried later.
/// Tests call <see cref="DrainAsync"/>, which waits for a drain in progress and then sends whatever is due.
/// </summary>
public sealed partial class ApplicantMailSender(IServiceScopeFactory scopes, TimeProvider time, ILogger<ApplicantMailSender> logger)
    : BackgroundService
{
    public const string LeaseName = "applicant-mail";
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a drain soon (after the transaction that queued a message committed).</summary>
    public void Wake() => wake.Writer.TryWrite(true);

    /// <summary>Sends every message that is due; returns how many went out.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var transport = scope.ServiceProvider.GetRequiredService<ApplicantMailTransport>();
            var now = time.GetUtcNow().UtcDateTime;
            var due = await db.ApplicantMessages.Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.Id).Take(100).ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var message in due)
            {
                MimeMessage mail;
                try
                {
                    mail = transport.Compose(message);
                }
                catch (ParseException e)
                {
                    message.Failed(now, "收件地址无效：" + e.Message, permanent: true);
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }
                try
                {
                    await transport.SendAsync(mail, message, cancellationToken);
                    message.Sent(time.GetUtcNow().UtcDateTime);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    message.Failed(time.GetUtcNow().UtcDateTime, e.Message, permanent: false);
                    LogFailed(logger, message.RequestNumber, message.Attempts, e.Message);
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            return sent;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Gongkai.Infrastructure.HostStarted.WaitAsync(scopes, stoppingToken); // first drain after the node listens
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await JobLeases.HeldHereAsync(scopes, LeaseName, Interval, stoppingToken))
                {
                    await DrainAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDrainFailed(logger, e);
            }
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var woken = wake.Reader.WaitToReadAsync(tick.Token).AsTask();
            await Task.WhenAny(woken, Task.Delay(Interval, time, tick.Token));
            await tick.CancelAsync();
            wake.Reader.TryRead(out _);
        }
    }

    public override void Dispose()
    {
        oneAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "E-mail for request {Number} not sent (attempt {Attempt}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string number, int attempt, string reason);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Error, Message = "Applicant e-mail drain failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception exception);
}
