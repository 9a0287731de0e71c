using StackExchange.Redis;

namespace Gongkai.ScaleOut;

/// <summary>
/// A lease in Redis: key <c>gongkai:lease:NAME</c> holding the node's id with an expiry. Taking it is one atomic script:
/// renew when this node holds it, set it when nobody does, refuse otherwise; releasing deletes it only if it is ours.
/// </summary>
public sealed class RedisJobLease(IConnectionMultiplexer redis, ScaleOutNode node) : IJobLease
{
    private const string Acquire = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
        return 0
        """;

    private const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public static RedisKey Key(string name) => "gongkai:lease:" + name;

    public async Task<bool> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(Acquire, [Key(name)], [node.Id, (long)ttl.TotalMilliseconds]);
        return (long)result == 1;
    }

    public async Task ReleaseAsync(string name, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().ScriptEvaluateAsync(Release, [Key(name)], [node.Id]);
}

/// <summary>This process's identity in the cluster (host name and a random suffix: two nodes on one host differ).</summary>
public sealed class ScaleOutNode
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
