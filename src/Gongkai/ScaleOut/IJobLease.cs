namespace Gongkai.ScaleOut;

/// <summary>
/// A named lease (分布式租约) that lets a scheduled job run on ONE node of a cluster at a time. The holder takes it again
/// at every tick (which renews it); another node gets it only once the holder releases it or stops renewing it for
/// <c>ttl</c>. Single-node instances use <see cref="InProcessJobLease"/>, which always grants; with <c>Redis=host:port</c>
/// the lease lives in Redis (<see cref="RedisJobLease"/>). A failure to reach Redis throws: a job then skips its tick
/// rather than risk running twice.
/// </summary>
public interface IJobLease
{
    /// <summary>True when this node holds the lease now (taken or renewed for <paramref name="ttl"/>).</summary>
    Task<bool> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if this node holds it.</summary>
    Task ReleaseAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>One node: every lease is this node's.</summary>
public sealed class InProcessJobLease : IJobLease
{
    public Task<bool> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task ReleaseAsync(string name, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>What a hosted job adds at the top of its tick: <c>if (!await JobLeases.HeldHereAsync(…)) continue;</c></summary>
public static class JobLeases
{
    public static Task<bool> HeldHereAsync(IServiceScopeFactory scopes, string name, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        // The lease outlives one missed tick, so a slow tick does not hand the job to another node mid-run.
        return scope.ServiceProvider.GetRequiredService<IJobLease>().TryAcquireAsync(name, interval * 2.5, cancellationToken);
    }
}
