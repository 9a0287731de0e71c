using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Gongkai.IntegrationTests.Search.SearchTestApp;

namespace Gongkai.IntegrationTests.Search;

public sealed class SearchSyncTests(SearchTestApp app) : IClassFixture<SearchTestApp>
{
    private HashSet<long> Found(string text) => app.Index.Search(new SearchQuery { Text = text }).Hits.Select(h => h.Id).ToHashSet();

    [Fact]
    public async Task A_published_document_is_searchable_after_one_drain_and_a_withdrawn_one_is_gone()
    {
        await app.Sync.StartupReconciled;
        app.Source.Publish(Doc(101, "福山村道路硬化工程公示", "福山村二〇二四年道路硬化。"));
        await app.Sync.DrainOnceAsync();
        Assert.Empty(Found("道路硬化")); // the outbox, not the source, says what changed

        // The background sync, woken by the enqueue, may have drained it already: either way it is in after this.
        await app.EnqueueAsync(101, SearchOperation.Upsert);
        await app.Sync.DrainOnceAsync();
        Assert.Equal([101L], Found("道路硬化"));

        app.Source.Withdraw(101);
        await app.EnqueueAsync(101, SearchOperation.Delete);
        await app.Sync.DrainOnceAsync();
        Assert.Empty(Found("道路硬化"));
        Assert.Equal(0, await app.Sync.DrainOnceAsync());
    }

    [Fact]
    public async Task The_running_sync_is_woken_by_the_save_without_any_clock_tick()
    {
        await app.Sync.StartupReconciled;
        app.Source.Publish(Doc(107, "人居环境整治验收公告"));
        await app.EnqueueAsync(107, SearchOperation.Upsert);
        // The fake clock never advances here, so only the signal can have woken the background service.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var next = app.Sync.NextDrain; // taken before looking, so a drain in between is not missed
            if (Found("人居环境").Count > 0)
            {
                break;
            }
            await next.WaitAsync(timeout.Token);
        }
        Assert.Equal([107L], Found("人居环境"));
    }

    [Fact]
    public async Task A_revision_replaces_the_indexed_text()
    {
        await app.Sync.StartupReconciled;
        app.Source.Publish(Doc(102, "秸秆禁烧通告", "禁止露天焚烧。"));
        await app.EnqueueAsync(102, SearchOperation.Upsert);
        await app.Sync.DrainOnceAsync();
        app.Source.Publish(Doc(102, "秸秆综合利用通告", "鼓励还田。"));
        await app.EnqueueAsync(102, SearchOperation.Upsert);
        await app.Sync.DrainOnceAsync();
        Assert.Empty(Found("露天焚烧"));
        Assert.Equal([102L], Found("综合利用"));
    }

    [Fact]
    public async Task After_a_crash_reconciliation_adds_the_missing_and_removes_the_lingering()
    {
        await app.Sync.StartupReconciled;
        // The crash: a withdrawn document still indexed, a published one never indexed.
        app.Index.Apply([Doc(103, "已撤回的征地补偿方案")], []);
        app.Source.Publish(Doc(104, "棚户区改造补偿方案"));
        Assert.Equal([103L], Found("补偿方案"));

        var (added, removed) = await app.Sync.ReconcileAsync();

        Assert.True(added >= 1 && removed >= 1, $"added {added}, removed {removed}");
        Assert.Equal([104L], Found("补偿方案"));
        Assert.Equal((0, 0), await app.Sync.ReconcileAsync());
    }

    [Fact]
    public async Task A_lost_index_is_refilled_from_the_source_in_bulk()
    {
        await app.Sync.StartupReconciled;
        for (var id = 10_001L; id <= 11_200; id++)
        {
            app.Source.Publish(Doc(id, $"批量公开文件第{id}号", "统计调查数据。"));
        }
        var (added, _) = await app.Sync.ReconcileAsync();
        Assert.True(added >= 1200, $"added {added}");
        Assert.Equal(1200, app.Index.Search(new SearchQuery { Text = "批量公开" }).Total);
        Assert.Equal([10_500L], Found("第10500号"));
    }

    [Fact]
    public async Task Each_node_follows_the_outbox_with_its_own_position()
    {
        await app.Sync.StartupReconciled;
        app.Source.Publish(Doc(105, "河长制工作简报"));
        await app.EnqueueAsync(105, SearchOperation.Upsert);
        await app.Sync.DrainOnceAsync();
        var rows = await app.WithDbAsync(db => db.SearchOutbox.CountAsync(e => e.DocumentId == 105));
        Assert.Equal(1, rows);

        // A second node: its own index folder, the same database and outbox.
        var folder = Path.Combine(app.DataDirectory, "node2");
        using var other = new LuceneSearchIndex(folder, app.Clock);
        var sync = new SearchSync(app.App.Services.GetRequiredService<IServiceScopeFactory>(), other, new SearchSignal(), app.Clock, NullLogger<SearchSync>.Instance);
        Assert.True(await sync.DrainOnceAsync() >= 1);
        Assert.Contains(105L, other.Search(new SearchQuery { Text = "河长制" }).Hits.Select(h => h.Id));
        var last = await app.WithDbAsync(db => db.SearchOutbox.MaxAsync(e => e.Id));
        Assert.Equal(last, other.Checkpoint);
        Assert.True(app.Index.Checkpoint >= await app.WithDbAsync(db => db.SearchOutbox.Where(e => e.DocumentId == 105).MaxAsync(e => e.Id)));
    }

    [Fact]
    public async Task Rebuild_with_several_workers_indexes_every_published_document_exactly_once()
    {
        await app.Sync.StartupReconciled;
        for (var id = 20_001L; id <= 22_500; id++)
        {
            app.Source.Publish(Doc(id, $"并行重建文件第{id}号", "政府信息公开年度报告。"));
        }
        await using var scope = app.App.Services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>();
        rebuild.Workers = 3;
        var reported = new List<int>();
        var outcome = await rebuild.RunAsync(reported.Add);

        var expected = (await app.Source.AllIdsAsync()).Order().ToList();
        Assert.Equal(expected.Count, outcome.Documents);
        Assert.Equal(expected.Count, reported[^1]);
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(expected, IdsIn(outcome.Folder)); // every document once: none missing, none twice

        app.Index.ReopenIfSwapped();
        Assert.Equal(2500, app.Index.Search(new SearchQuery { Text = "并行重建" }).Total);
        Assert.Equal([21_234L], Found("第21234号"));
    }

    /// <summary>The ids of every document of the folder's last commit, read without a writer (duplicates kept).</summary>
    private static List<long> IdsIn(string folder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var ids = new List<long>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(SearchFields.IdValue);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (leaf.AtomicReader.LiveDocs is not { } live || live.Get(doc))
                {
                    ids.Add(values.Get(doc));
                }
            }
        }
        return ids.Order().ToList();
    }

    [Fact]
    public async Task Rebuild_builds_a_new_folder_and_the_server_switches_to_it()
    {
        await app.Sync.StartupReconciled;
        app.Source.Publish(Doc(106, "森林防火责任书"));
        await using var scope = app.App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>().RunAsync();
        Assert.True(outcome.Documents >= 1);
        // The new folder holds the document; whether the serving index already finds it is a race with the app's
        // own sync (it indexes published documents and switches folders on a wake-up), so that is not asserted.
        Assert.Contains(106L, IdsIn(outcome.Folder));

        app.Index.ReopenIfSwapped();
        Assert.Equal([106L], Found("森林防火"));
        Assert.Equal(Path.GetFileName(outcome.Folder), File.ReadAllText(Path.Combine(app.DataDirectory, "search", "current")));
        Assert.False(app.Index.ReopenIfSwapped());
        _ = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }
}
