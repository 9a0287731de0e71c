using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Infrastructure;
using Gongkai.Search;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// The demo county seeded and indexed ONCE per test process: a data folder (SQLite file, search index, keys) and,
/// in the PostgreSQL pass, a template database. Each <see cref="TestApp"/> starts from a copy of it instead of
/// seeding ~5,000 items and indexing them again, which is what made every test class cost several seconds.
/// The copy is exactly what seeding would produce: the same seeder, the same start instant of the fake clock.
/// </summary>
public sealed class DemoTemplate
{
    private static readonly Lazy<Task<DemoTemplate>> Instance = new(BuildAsync);

    private DemoTemplate(string dataDirectory, string? databaseName)
    {
        DataDirectory = dataDirectory;
        DatabaseName = databaseName;
    }

    public string DataDirectory { get; }

    /// <summary>The PostgreSQL template database, or null in the SQLite pass (the database is a file in the folder).</summary>
    public string? DatabaseName { get; }

    public static Task<DemoTemplate> GetAsync() => Instance.Value;

    /// <summary>Copies the template's folder into an empty data folder of a test app.</summary>
    public void CopyFolderTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(DataDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static async Task<DemoTemplate> BuildAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-tests", "template-" + Guid.NewGuid().ToString("N"));
        var database = await TestDatabase.CreateAsync(namePrefix: "gk_tpl_");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder, database);
        var builder = GongkaiHost.CreateBuilder(TestApp.BaseSettings(folder, database));
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestApp.Start));
        await using (var app = GongkaiHost.Build(builder))
        {
            await DataSetup.MigrateAsync(app.Services);
            await DemoSeeder.SeedAsync(app.Services, TestApp.Password);
            await app.StartAsync();
            var sync = app.Services.GetRequiredService<SearchSync>();
            await sync.StartupReconciled;
            while (await sync.DrainOnceAsync() > 0)
            {
            }
            await app.StopAsync();
        }
        // Close every pooled connection: the SQLite file is then complete (WAL checkpointed) and PostgreSQL
        // accepts the database as a template only when nobody is connected to it.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return new DemoTemplate(folder, database.Name);
    }

    private static void Remove(string folder, TestDatabase database)
    {
        try
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e)
        {
            // Process exit must not fail the test run: what is left (a temp folder, a database named gk_tpl_*) holds no
            // state another run reads.
            Console.Error.WriteLine($"The demo template was not removed: {e.Message}");
        }
    }
}
