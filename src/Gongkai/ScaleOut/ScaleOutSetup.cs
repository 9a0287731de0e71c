using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Gongkai.ScaleOut;

/// <summary>
/// Several <c>gongkai serve</c> nodes on one PostgreSQL (扩展部署). Without configuration nothing changes (one node, leases
/// in process, keys in the data folder). With <c>Redis=host:port</c> (<c>GONGKAI_REDIS</c>): data-protection keys are
/// shared in Redis (a cookie or antiforgery token made by one node is read by the others) and job leases are in Redis.
/// Pages and search need no Redis: each node drains the database's search outbox every second and evicts its own
/// cached pages as it applies changes, so a publish on one node shows on every node within about a second.
/// </summary>
public static class ScaleOutSetup
{
    public const string DataProtectionKey = "gongkai:data-protection-keys";

    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ScaleOutNode>();
        var redis = configuration["Redis"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IJobLease, InProcessJobLease>();
            return services;
        }
        var options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = false;
        options.ClientName = "gongkai";
        var multiplexer = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        services.AddSingleton(_ => multiplexer.Value);
        services.AddSingleton<IJobLease, RedisJobLease>();
        // Registered after the data folder's repository (WebInfrastructure), so this one is used.
        services.AddDataProtection().PersistKeysToStackExchangeRedis(() => multiplexer.Value.GetDatabase(), DataProtectionKey);
        return services;
    }
}
