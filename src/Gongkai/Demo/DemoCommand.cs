using Gongkai.Cli;
using Gongkai.Infrastructure;

namespace Gongkai.Demo;

/// <summary><c>demo</c>: the demo county in DIR (created when empty), its logins printed, then served.</summary>
internal sealed class DemoCommand : ICliCommand
{
    public string Verb => "demo";
    public string Usage => "demo [--urls URL] [--data DIR] [--password P]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>(["urls", "data", "password", "db", "connection"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var settings = args.Settings();
        settings.TryAdd("Urls", "http://localhost:5000");
        var password = args.Option("password") ?? DemoSeeder.DefaultPassword;
        await using var app = await GongkaiHost.StartAsync(settings);
        var created = await DemoSeeder.SeedAsync(app.Services, password);
        await app.StartAsync();
        var url = ServeCommand.Addresses(app).FirstOrDefault() ?? settings["Urls"];
        Console.WriteLine($"""

            方正县 demo (Gongkai) {(created ? "created" : "already present")} in {app.Services.GetRequiredService<GongkaiOptions>().DataPath}
              portal:      {url}/
              back office: {url}/admin
              API docs:    {url}/docs
            Logins{(created ? "" : " (as created; the password is the one given when the demo was first built)")}:
            """);
        foreach (var (userName, role, displayName, _) in DemoStaff.Logins)
        {
            Console.WriteLine($"  {userName,-12} {password,-14} {role,-15} {displayName}");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
