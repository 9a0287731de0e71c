using Gongkai.Cli;
using Gongkai.Infrastructure;

namespace Gongkai.Audit;

/// <summary><c>audit verify</c>: recomputes the hash chain; exit 1 with the first broken entry.</summary>
internal sealed class AuditVerifyCommand : ICliCommand
{
    public string Verb => "audit verify";
    public string Usage => "audit verify [--data DIR] [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>(Commands.InstanceOptions, StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync();
        if (result.Ok)
        {
            Console.WriteLine($"audit chain intact: {result.Checked} entries");
            return 0;
        }
        await Console.Error.WriteLineAsync($"gongkai audit verify: chain broken at entry {result.BrokenAt}: {result.Reason}");
        return 1;
    }
}
