using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Data;

/// <summary>
/// A large import drops the non-unique indexes of <c>Items</c> and builds them after the rows: the schema afterwards must
/// be the migrated one, statement for statement, also when the import fails halfway or the process died in between.
/// </summary>
public sealed class DeferredIndexesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_large_import_builds_the_indexes_after_the_rows_and_leaves_the_migrated_schema()
    {
        var migrated = await SchemaAsync();
        var existing = await app.WithDbAsync(db => db.Items.MaxAsync(i => i.Id));
        var count = (int)existing + 200;

        var summary = await ImportAsync(Rows("large", count), count, deferFrom: 100);

        Assert.Equal(count, summary.Added);
        var deferrable = await app.WithDbAsync(db => Task.FromResult(DeferredIndexes.Of(db).Select(i => i.Name).ToList()));
        Assert.Equal(8, deferrable.Count);
        Assert.Contains("IX_Items_UnitId_Status", deferrable);
        Assert.DoesNotContain("IX_Items_SourceId", deferrable);
        Assert.Equal(deferrable.Count, summary.Timings.IndexesRebuilt);
        Assert.Equal(migrated, await SchemaAsync());
        var rerun = await ImportAsync(Rows("large", count), count, deferFrom: 100);
        Assert.Equal((0, count), (rerun.Added, rerun.AlreadyThere));
        Assert.Equal(0, rerun.Timings.IndexesRebuilt);
    }

    [Fact]
    public async Task A_small_import_into_a_larger_table_keeps_the_indexes()
    {
        var summary = await ImportAsync(Rows("small", 20), 20, deferFrom: 1);

        Assert.Equal(20, summary.Added);
        Assert.Equal(0, summary.Timings.IndexesRebuilt);
    }

    [Fact]
    public async Task An_import_failing_halfway_keeps_its_committed_batches_and_every_index()
    {
        var migrated = await SchemaAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ImportAsync(Failing(Rows("fail", ImportItems.BatchSize + 100)), 1_000_000, deferFrom: 100));
        Assert.Contains("disk gone", error.ToString(), StringComparison.Ordinal);

        Assert.Equal(migrated, await SchemaAsync());
        Assert.Equal(ImportItems.BatchSize, await app.WithDbAsync(db => db.Items.CountAsync(i => i.SourceId!.StartsWith("fail-"))));
    }

    [Fact]
    public async Task Indexes_left_dropped_by_a_dead_import_are_rebuilt_at_the_next_start()
    {
        var migrated = await SchemaAsync();
        var dropped = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return await DeferredIndexes.DropAsync(db);
        });
        Assert.Equal(8, dropped);
        Assert.NotEqual(migrated, await SchemaAsync());

        await DataSetup.MigrateAsync(app.App.Services);

        Assert.Equal(migrated, await SchemaAsync());
    }

    private static IEnumerable<(int, ImportRow?, string?)> Failing(IEnumerable<(int, ImportRow?, string?)> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }
        throw new IOException("disk gone");
    }

    private static IEnumerable<(int, ImportRow?, string?)> Rows(string prefix, int count)
    {
        var text = string.Join('\n', Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sourceId"] = $"{prefix}-{i}", ["unit"] = "230124-00" + (1 + (i % 9)), ["title"] = $"延后建索引的导入{i}", ["body"] = "<p>正文</p>",
            ["formedOn"] = "2019-04-02", ["publishedAt"] = "2019-04-03", ["channels"] = new[] { "website" },
        })));
        return ItemFiles.Rows(new StringReader(text), csv: false);
    }

    private async Task<ImportSummary> ImportAsync(IEnumerable<(int, ImportRow?, string?)> rows, int expected, int deferFrom)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var import = ActivatorUtilities.CreateInstance<ImportItems>(scope.ServiceProvider);
        import.DeferIndexesFrom = deferFrom;
        return await import.RunAsync(rows, expectedRows: expected);
    }

    /// <summary>Every index's definition as the database keeps it (SQLite's stored statement, PostgreSQL's indexdef).</summary>
    private Task<List<string>> SchemaAsync() => app.WithDbAsync(db => (db.Database.IsSqlite()
        ? db.Database.SqlQueryRaw<string>("SELECT name || ': ' || sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        : db.Database.SqlQueryRaw<string>("SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()"))
        .OrderBy(s => s).ToListAsync());
}
