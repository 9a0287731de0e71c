using System.Net.Http.Json;
using Gongkai.Audit;
using Gongkai.Cli;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Backup;

/// <summary>
/// <c>gongkai backup</c> of a SQLite instance while requests write to it, then <c>gongkai restore</c> into a new folder.
/// (A PostgreSQL instance is backed up by pg_dump; this class always runs the SQLite path.)
/// </summary>
public sealed class BackupRestoreTests(BackupRestoreTests.SqliteApp app) : IClassFixture<BackupRestoreTests.SqliteApp>
{
    public sealed class SqliteApp : TestApp
    {
        protected override bool FromTemplate => !TestDatabase.UsePostgres; // the template is of the pass's database kind

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Db"] = "sqlite", ["Connection"] = null };
    }

    [Fact]
    public async Task A_backup_taken_while_requests_write_restores_into_a_working_instance()
    {
        var admin = await app.LoginAsync("admin");
        var written = 0;
        using var stop = new CancellationTokenSource();
        var firstWrite = new TaskCompletionSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var code = $"230124-{300 + written}";
                var response = await admin.PostAsJsonAsync("/api/v1/units", new { code, name = $"备份测试单位{written}", kind = "institution", parentCode = "230124" });
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref written);
                firstWrite.TrySetResult();
            }
        });
        await firstWrite.Task;
        var before = Volatile.Read(ref written);
        var zip = Path.Combine(app.DataDirectory, "..", Guid.NewGuid().ToString("N") + ".zip");
        Assert.Equal(0, await CommandLine.RunAsync(["backup", "--data", app.DataDirectory, "--out", zip]));
        var after = Volatile.Read(ref written);
        using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
        {
            // The live search index is left out (rebuilt from the database by the restored node's reconciliation).
            Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("search/", StringComparison.Ordinal));
        }
        await stop.CancelAsync();
        await writer;

        var restored = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, await CommandLine.RunAsync(["restore", zip, "--data", restored]));
            Assert.True(Directory.EnumerateFiles(Path.Combine(restored, "keys")).Any(), "the data-protection keys travel with the backup");
            Assert.Equal(2, await CommandLine.RunAsync(["restore", zip, "--data", restored]));

            await using var copy = await GongkaiHost.StartAsync(new Dictionary<string, string?> { ["Data"] = restored, ["Db"] = "sqlite", ["Connection"] = null });
            await using var scope = copy.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var units = await db.Units.CountAsync(u => u.Name.StartsWith("备份测试单位"));
            Assert.InRange(units, before, after + 1);
            Assert.True(await db.Units.AnyAsync(u => u.Code == "230124-002"));
            Assert.True(await db.Users.AnyAsync(u => u.UserName == "editor-fgj"));
            var chain = await new VerifyAuditChain(db).RunAsync();
            Assert.True(chain.Ok, chain.Reason);
            Assert.True(chain.Checked > units);

            Assert.Equal(0, await CommandLine.RunAsync(["restore", zip, "--data", restored, "--force"]));
        }
        finally
        {
            File.Delete(zip);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(restored, recursive: true);
        }
    }
}
