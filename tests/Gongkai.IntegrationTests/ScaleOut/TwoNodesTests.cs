using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.ScaleOut;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Gongkai.IntegrationTests.ScaleOut;

/// <summary>
/// Scale-out (issue 8): two nodes on one PostgreSQL database and a local Redis. These tests belong to the PostgreSQL pass
/// (<c>GONGKAI_TEST_DB=postgres</c>), where a missing Redis is a failure; the SQLite pass cannot have two nodes on one
/// database, so scripts/test leaves the trait <c>ScaleOut</c> out of that pass (see docs/deploy.md).
/// </summary>
[Trait("Category", "ScaleOut")]
public sealed class TwoNodesTests : IAsyncLifetime
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(5);
    private readonly TwoNodes nodes = new();

    public async Task InitializeAsync()
    {
        Assert.True(TestDatabase.UsePostgres,
            "the scale-out tests need two nodes on one PostgreSQL database: run them with GONGKAI_TEST_DB=postgres (scripts/test does)");
        // Fails (never skips) when Redis is missing: scripts/services installs and starts it.
        await using (var probe = await ConnectionMultiplexer.ConnectAsync(TwoNodes.Redis))
        {
            Assert.True(probe.IsConnected, $"Redis at {TwoNodes.Redis} is not reachable");
        }
        await nodes.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await nodes.StopAsync();
    }

    [Fact]
    public async Task A_job_lease_is_held_by_one_node_at_a_time()
    {
        var a = nodes.App.Services.GetRequiredService<IJobLease>();
        var b = nodes.NodeB.Services.GetRequiredService<IJobLease>();
        Assert.IsType<RedisJobLease>(a);
        var name = "test-" + Guid.NewGuid().ToString("N");
        var ttl = TimeSpan.FromMinutes(1);

        Assert.True(await a.TryAcquireAsync(name, ttl));
        Assert.False(await b.TryAcquireAsync(name, ttl));
        Assert.True(await a.TryAcquireAsync(name, ttl)); // the holder renews
        await b.ReleaseAsync(name); // not B's to release
        Assert.False(await b.TryAcquireAsync(name, ttl));
        await a.ReleaseAsync(name);
        Assert.True(await b.TryAcquireAsync(name, ttl));
        Assert.False(await a.TryAcquireAsync(name, ttl));
        await b.ReleaseAsync(name);

        // An expired lease passes to the other node: the holder stopped renewing.
        Assert.True(await a.TryAcquireAsync(name, TimeSpan.FromMilliseconds(300)));
        var deadline = Stopwatch.StartNew();
        while (!await b.TryAcquireAsync(name, ttl))
        {
            Assert.True(deadline.Elapsed < Visible, "the expired lease did not pass to node B");
            await Task.Delay(50);
        }
        await b.ReleaseAsync(name);
    }

    [Fact]
    public async Task An_item_published_on_node_A_is_visible_on_node_B_with_a_token_from_A()
    {
        var steps = await ItemSteps.LoginAsync(nodes);
        // Bearer tokens are protected with the data-protection keys: node B reads A's token only if the keys are shared.
        var editorOnB = nodes.ClientB(steps.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editorOnB.GetAsync("/api/v1/items")).StatusCode);

        var publicB = nodes.NodeB.GetTestClient();
        const string list = "/api/v1/public/items?unit=230124-003&pageSize=50";
        var before = await publicB.GetStringAsync(list); // node B answers the list now, and caches it
        var id = await steps.ApprovedAsync(ItemSteps.Draft("关于两节点部署下发布即时可见的通知"));
        Assert.DoesNotContain(id, ListedIds(before));
        Assert.Equal("approved", await StatusOnAsync(editorOnB, id));
        Assert.Equal(HttpStatusCode.NotFound, (await publicB.GetAsync($"/api/v1/public/items/{id}")).StatusCode);
        await steps.OkStepAsync(steps.Editor, id, "publish");

        // Node B learns of the publish from the database's search outbox, which its search sync polls every second of
        // its clock (the shared fake clock, advanced here as time passes): it indexes the item and evicts its cached
        // list. Within 5 seconds of real time the item must be on B's item API, B's cached list and B's search.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            nodes.Clock.Advance(TimeSpan.FromSeconds(1));
            var item = await publicB.GetAsync($"/api/v1/public/items/{id}");
            var listed = ListedIds(await publicB.GetStringAsync(list));
            var searched = ListedIds(await publicB.GetStringAsync("/api/v1/public/search?q=" + Uri.EscapeDataString("两节点部署")), "hits");
            if (item.StatusCode == HttpStatusCode.OK && listed.Contains(id) && searched.Contains(id))
            {
                break;
            }
            Assert.True(deadline.Elapsed < Visible,
                $"item {id} on node B after {deadline.Elapsed.TotalSeconds:F1} s: item {item.StatusCode}, listed {listed.Contains(id)}, found {searched.Contains(id)}");
            await Task.Delay(100);
        }
        Assert.Equal("published", await StatusOnAsync(editorOnB, id));
    }

    private static HashSet<long> ListedIds(string json, string property = "items")
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty(property).EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToHashSet();
    }

    private static async Task<string?> StatusOnAsync(HttpClient client, long id)
    {
        var item = await HttpAssert.OkAsync<JsonElement>(await client.GetAsync($"/api/v1/items/{id}"));
        return item.GetProperty("status").GetString();
    }
}
