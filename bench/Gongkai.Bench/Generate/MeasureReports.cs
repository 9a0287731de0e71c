using System.Diagnostics;
using Gongkai.Infrastructure;
using Gongkai.Reports;
using Gongkai.Reports.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>measure reports --data DIR --year Y --units CODE,CODE [--format json]</c>: times the annual report of each unit's
/// tree inside one process (the instance opened once, a first warm-up run not counted), which is what a report costs
/// once the server is up; <c>gongkai report annual</c>'s wall time adds the process start.
/// </summary>
public static class MeasureReports
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var settings = options.Where(o => o.Key is "data" or "db" or "connection")
            .ToDictionary(o => char.ToUpperInvariant(o.Key[0]) + o.Key[1..], o => (string?)o.Value, StringComparer.OrdinalIgnoreCase);
        var year = int.Parse(options.GetValueOrDefault("year", "2024"));
        var format = options.GetValueOrDefault("format", "json");
        await using var app = await GongkaiHost.StartAsync(settings);
        foreach (var (code, round) in options.GetValueOrDefault("units", "230124").Split(',').SelectMany(c => new[] { (c, 0), (c, 1) }))
        {
            var clock = Stopwatch.StartNew();
            await using var scope = app.Services.CreateAsyncScope();
            var (document, _) = await scope.ServiceProvider.GetRequiredService<GenerateAnnualReport>()
                .RunAsync(new ReportRequest(year, code, "tree", null));
            var bytes = scope.ServiceProvider.GetRequiredService<ReportRenderers>().Get(format).Render(document);
            if (round == 1)
            {
                Console.WriteLine($"report {code} {clock.Elapsed.TotalSeconds:F3} s ({format}, {bytes.Length} bytes)");
            }
        }
        return 0;
    }
}
