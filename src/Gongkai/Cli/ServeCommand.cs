using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gongkai.Cli;

internal sealed class ServeCommand : ICliCommand
{
    public string Verb => "serve";
    public string Usage => "serve [--urls URL] [--data DIR] [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>([.. Commands.InstanceOptions, "urls"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await app.StartAsync();
        Console.WriteLine($"Gongkai is serving {string.Join(", ", Addresses(app))} (Ctrl+C to stop)");
        await app.WaitForShutdownAsync();
        return 0;
    }

    public static IEnumerable<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}
