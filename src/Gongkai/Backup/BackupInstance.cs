using System.IO.Compression;
using System.Text.Json;
using Gongkai.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Gongkai.Backup;

/// <summary>
/// Writes a consistent copy of a live instance into one zip: the database (SQLite through the online backup API,
/// so writers go on meanwhile; PostgreSQL through pg_dump), the data-protection keys and every other file of the
/// data folder except the search index. The zip is written beside the target and moved into place at the end.
/// The live search index is left out: its files change under a running node (a merge deletes files a copy has just
/// listed, and a copy taken mid-commit is torn), and it holds nothing the database does not: a restored node starts
/// with an empty index and its start-up reconciliation indexes every item (<see cref="Search.SearchSync"/>).
/// </summary>
internal static class BackupInstance
{
    private static readonly HashSet<string> Skipped = [BackupSettings.DatabaseFile, BackupSettings.DatabaseFile + "-wal",
        BackupSettings.DatabaseFile + "-shm", BackupSettings.DatabaseFile + "-journal"];

    public static async Task<string> RunAsync(GongkaiOptions options, string outFile, TimeProvider time)
    {
        if (!Directory.Exists(options.DataPath))
        {
            throw new StartupException($"no instance in {options.DataPath}");
        }
        var target = Path.GetFullPath(outFile);
        var work = Path.Combine(Path.GetTempPath(), "gongkai-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var database = options.UsesPostgres ? await PostgresDump.RunAsync(options.Connection!, work) : CopySqlite(options, work);
            var partial = target + ".partial";
            await using (var zip = await ZipFile.OpenAsync(partial, ZipArchiveMode.Create))
            {
                await zip.CreateEntryFromFileAsync(database, Path.GetFileName(database), CompressionLevel.Optimal);
                var search = Path.GetFullPath(Search.SearchFolder.Root(options)) + Path.DirectorySeparatorChar;
                foreach (var file in Directory.EnumerateFiles(options.DataPath, "*", SearchOption.AllDirectories))
                {
                    var full = Path.GetFullPath(file);
                    var relative = Path.GetRelativePath(options.DataPath, file).Replace('\\', '/');
                    if (!Skipped.Contains(Path.GetFileName(file)) && full != target && !full.StartsWith(search, StringComparison.Ordinal)
                        && !file.EndsWith(".partial", StringComparison.Ordinal))
                    {
                        await zip.CreateEntryFromFileAsync(file, relative, CompressionLevel.Optimal);
                    }
                }
                var manifest = zip.CreateEntry(BackupSettings.ManifestFile);
                await using var stream = await manifest.OpenAsync();
                await JsonSerializer.SerializeAsync(stream, new
                {
                    format = 1,
                    provider = options.UsesPostgres ? "postgres" : "sqlite",
                    createdAt = time.GetUtcNow(),
                    database = Path.GetFileName(database),
                });
            }
            File.Move(partial, target, overwrite: true);
            return target;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string CopySqlite(GongkaiOptions options, string work)
    {
        var source = options.Connection is { Length: > 0 } explicitConnection
            ? new SqliteConnectionStringBuilder(explicitConnection).DataSource
            : options.PathIn(BackupSettings.DatabaseFile);
        if (!File.Exists(source))
        {
            throw new StartupException($"no database at {source}");
        }
        var copy = Path.Combine(work, BackupSettings.DatabaseFile);
        using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString()))
        using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            using var rollback = to.CreateCommand();
            rollback.CommandText = "PRAGMA journal_mode=DELETE;";
            rollback.ExecuteNonQuery();
        }
        return copy;
    }
}
