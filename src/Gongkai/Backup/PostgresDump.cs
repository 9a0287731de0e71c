using System.Diagnostics;
using Gongkai.Infrastructure;
using Npgsql;

namespace Gongkai.Backup;

/// <summary>pg_dump and pg_restore, run with the instance's connection passed through libpq's environment variables.</summary>
internal static class PostgresDump
{
    public static async Task<string> RunAsync(string connection, string work)
    {
        var file = Path.Combine(work, BackupSettings.DumpFile);
        await RunToolAsync("pg_dump", connection, ["--format=custom", "--no-owner", "--file", file]);
        return file;
    }

    public static Task RestoreAsync(string connection, string dump) =>
        RunToolAsync("pg_restore", connection, ["--clean", "--if-exists", "--no-owner", "--single-transaction", dump]);

    private static async Task RunToolAsync(string tool, string connection, string[] arguments)
    {
        var path = BackupSettings.OnPath(tool) ?? throw new StartupException(
            $"a PostgreSQL instance is backed up and restored with {tool}, which is not on PATH (install postgresql-client); nothing was written");
        var settings = new NpgsqlConnectionStringBuilder(connection);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add("--dbname=" + settings.Database);
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString();
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start) ?? throw new StartupException($"{tool} could not be started");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new StartupException($"{tool} failed: {errors.Trim().ReplaceLineEndings(" ")}");
        }
    }
}
