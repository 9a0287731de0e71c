using Gongkai.Cli;

namespace Gongkai.Backup;

/// <summary><c>backup --data DIR --out FILE</c>: a consistent copy of an instance, safe while it serves.</summary>
internal sealed class BackupCommand : ICliCommand
{
    public string Verb => "backup";
    public string Usage => "backup --data DIR --out FILE [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>([.. Commands.InstanceOptions, "out"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var outFile = args.Option("out") ?? throw new UsageException("--out FILE is required");
        var written = await BackupInstance.RunAsync(BackupSettings.Read(args), outFile, TimeProvider.System);
        Console.WriteLine($"backup written to {written}");
        return 0;
    }
}

/// <summary><c>restore FILE --data DIR [--force]</c>: a backup back into an (empty) data folder.</summary>
internal sealed class RestoreCommand : ICliCommand
{
    public string Verb => "restore";
    public string Usage => "restore FILE --data DIR [--force] [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>([.. Commands.InstanceOptions, "force"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        if (positionals.Count != 1)
        {
            throw new UsageException("name one backup FILE");
        }
        if (args.Option("data") is null)
        {
            throw new UsageException("--data DIR is required");
        }
        var force = args.Option("force") is "true";
        var settings = new CliArgs();
        foreach (var (key, value) in args.Options.Where(o => o.Key != "force"))
        {
            settings.Options[key] = value;
        }
        Console.WriteLine(await RestoreInstance.RunAsync(positionals[0], BackupSettings.Read(settings), force));
        return 0;
    }
}
