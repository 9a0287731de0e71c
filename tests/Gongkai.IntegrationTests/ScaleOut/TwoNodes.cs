using Gongkai.Infrastructure;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.ScaleOut;

/// <summary>
/// Two nodes of one instance: node A is a <see cref="TestApp"/> (its own PostgreSQL database, demo county seeded) and
/// node B a second app on the SAME database with its own data folder (own search index), both configured with
/// <c>Redis</c>. Both share A's fake clock, as nodes share real time. Only built in the PostgreSQL pass.
/// </summary>
public sealed class TwoNodes : TestApp
{
    public static string Redis => Environment.GetEnvironmentVariable("GONGKAI_TEST_REDIS") ?? "127.0.0.1:6379";

    public WebApplication NodeB { get; private set; } = null!;

    private string NodeBData { get; } = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Redis"] = Redis };

    public async Task StartAsync()
    {
        await InitializeAsync();
        var builder = GongkaiHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["Data"] = NodeBData, ["Db"] = Database.Provider, ["Connection"] = Database.Connection, ["Redis"] = Redis,
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        NodeB = GongkaiHost.Build(builder);
        await NodeB.StartAsync();
        // A node joining indexes the whole catalogue first (reconciliation); the 5-second promise is about a running cluster.
        await NodeB.Services.GetRequiredService<Gongkai.Search.SearchSync>().StartupReconciled;
        await App.Services.GetRequiredService<Gongkai.Search.SearchSync>().StartupReconciled;
    }

    public async Task StopAsync()
    {
        if (NodeB is not null)
        {
            await NodeB.StopAsync();
            await NodeB.DisposeAsync();
        }
        await DisposeAsync();
        try
        {
            Directory.Delete(NodeBData, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner, as TestApp does.
        }
    }

    public HttpClient ClientB(HttpClient like)
    {
        var client = NodeB.GetTestClient();
        client.DefaultRequestHeaders.Authorization = like.DefaultRequestHeaders.Authorization;
        return client;
    }
}
