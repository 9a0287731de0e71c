using System.Diagnostics;
using Gongkai.Data;
using Gongkai.Infrastructure;

namespace Gongkai.Bench.Generate;

/// <summary><c>measure startup --data DIR</c>: where a node's start-up time goes (compose, build, migrate, start hosted services).</summary>
public static class MeasureStartup
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var settings = options.Where(o => o.Key is "data" or "db" or "connection")
            .ToDictionary(o => char.ToUpperInvariant(o.Key[0]) + o.Key[1..], o => (string?)o.Value, StringComparer.OrdinalIgnoreCase);
        settings["Urls"] = "http://127.0.0.1:0";
        var clock = Stopwatch.StartNew();
        var lap = TimeSpan.Zero;
        void Lap(string step)
        {
            Console.WriteLine($"startup {step,-28} {(clock.Elapsed - lap).TotalSeconds:F3} s");
            lap = clock.Elapsed;
        }
        var builder = GongkaiHost.CreateBuilder(settings);
        Lap("compose services");
        await using var app = GongkaiHost.Build(builder);
        Lap("build pipeline");
        await DataSetup.MigrateAsync(app.Services);
        Lap("migrate database");
        await app.StartAsync();
        Lap("start (hosted services, Kestrel)");
        Console.WriteLine($"startup {"total in process",-28} {clock.Elapsed.TotalSeconds:F3} s");
        await app.StopAsync();
        return 0;
    }
}
