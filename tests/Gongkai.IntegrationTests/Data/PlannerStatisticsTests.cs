using Gongkai.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Data;

/// <summary>Planner statistics are refreshed after the node started, not before its first answer, and before the jobs' first pass.</summary>
public sealed class PlannerStatisticsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Statistics_are_refreshed_in_the_background_after_start_and_the_search_sync_waits_for_them()
    {
        var statistics = app.App.Services.GetRequiredService<PlannerStatistics>();
        var sync = app.App.Services.GetRequiredService<SearchSync>();

        await sync.StartupReconciled;
        Assert.True(statistics.Refreshed.IsCompletedSuccessfully); // the reconciliation ran after the refresh

        var sqlite = await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()));
        if (!sqlite)
        {
            return; // PostgreSQL keeps its own statistics (autovacuum): nothing else to check
        }
        // Migrating no longer analyses: these come from a background refresh (this node's or the demo template's).
        Assert.True(await StatRowsAsync("Items") > 0);
        Assert.True(await StatRowsAsync("Units") > 0);
    }

    [Fact]
    public async Task Migrating_leaves_the_statistics_to_the_background_refresh()
    {
        var sqlite = await app.WithDbAsync(db => Task.FromResult(db.Database.IsSqlite()));
        if (!sqlite)
        {
            return;
        }
        await app.App.Services.GetRequiredService<PlannerStatistics>().Refreshed;
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM sqlite_stat1 WHERE tbl = 'Units'"""));
        SqliteConnection.ClearAllPools(); // connections read the statistics with the schema: new ones see none for Units

        await DataSetup.MigrateAsync(app.App.Services);
        Assert.Equal(0, await StatRowsAsync("Units"));

        await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await PlannerStatistics.RefreshAsync(db);
            return 0;
        });
        Assert.True(await StatRowsAsync("Units") > 0);
    }

    private Task<int> StatRowsAsync(string table) => app.WithDbAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = $t";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$t";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    });
}
