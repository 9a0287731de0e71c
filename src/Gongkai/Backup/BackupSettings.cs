using Gongkai.Cli;
using Gongkai.Infrastructure;

namespace Gongkai.Backup;

/// <summary>
/// The instance options for backup and restore, read as the server reads them (appsettings.json, GONGKAI_ environment,
/// command line) but without starting the app: a backup must not migrate or lock anything.
/// </summary>
internal static class BackupSettings
{
    public const string DatabaseFile = "gongkai.db";
    public const string DumpFile = "gongkai.pgdump";
    public const string ManifestFile = "backup.json";

    public static GongkaiOptions Read(CliArgs args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("GONGKAI_")
            .AddInMemoryCollection(args.Settings())
            .Build();
        var options = configuration.Get<GongkaiOptions>() ?? new GongkaiOptions();
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? options : throw new StartupException(string.Join("; ", problems));
    }

    /// <summary>Finds a program such as pg_dump on PATH.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
