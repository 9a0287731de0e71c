using System.IO.Compression;
using System.Text.Json;
using Gongkai.Cli;
using Gongkai.Infrastructure;

namespace Gongkai.Backup;

/// <summary>
/// Unpacks a backup into a data folder: refuses a non-empty folder unless forced (then clears it first, so no stale
/// WAL file meets the restored database). A PostgreSQL dump goes back through pg_restore into <c>--connection</c>.
/// </summary>
internal static class RestoreInstance
{
    public static async Task<string> RunAsync(string file, GongkaiOptions options, bool force)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"no backup at {Path.GetFullPath(file)}");
        }
        var data = options.DataPath;
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
        {
            if (!force)
            {
                throw new UsageException($"{data} is not empty; restore into an empty folder or add --force to replace its contents");
            }
            foreach (var entry in new DirectoryInfo(data).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo dir) dir.Delete(recursive: true); else entry.Delete();
            }
        }
        Directory.CreateDirectory(data);
        await using (var zip = await ZipFile.OpenReadAsync(file))
        {
            if (zip.GetEntry(BackupSettings.ManifestFile) is null)
            {
                throw new UsageException($"{file} is not a gongkai backup (no {BackupSettings.ManifestFile})");
            }
            await zip.ExtractToDirectoryAsync(data, overwriteFiles: true);
        }
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(data, BackupSettings.ManifestFile))).RootElement;
        File.Delete(Path.Combine(data, BackupSettings.ManifestFile));
        if (manifest.GetProperty("provider").GetString() != "postgres")
        {
            return $"restored into {data}";
        }
        var dump = Path.Combine(data, BackupSettings.DumpFile);
        if (!options.UsesPostgres)
        {
            return $"restored the keys and files into {data}; the database is a PostgreSQL dump ({dump}): " +
                   "run again with --db postgres --connection STRING, or use pg_restore yourself";
        }
        await PostgresDump.RestoreAsync(options.Connection!, dump);
        File.Delete(dump);
        return $"restored into {data} and the PostgreSQL database";
    }
}
