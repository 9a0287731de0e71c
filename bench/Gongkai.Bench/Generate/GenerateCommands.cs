using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Spectre.Console;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>generate items --items N --out FILE [--counties C] [--seed S]</c> writes the import file;
/// <c>generate units|requests --data DIR [--db ..] [--connection ..] [--counties C] [--requests R]</c> adds the
/// province's units (before the import) and its requests and appeals (after) to an instance.
/// </summary>
public static class GenerateCommands
{
    public static async Task<int> RunAsync(string what, Dictionary<string, string> options)
    {
        var counties = int.Parse(options.GetValueOrDefault("counties", "18"));
        var seed = int.Parse(options.GetValueOrDefault("seed", "20141231"));
        var units = Province.Units(counties);
        var clock = Stopwatch.StartNew();
        if (what == "items")
        {
            var count = int.Parse(options.GetValueOrDefault("items", "20000"));
            var file = options.GetValueOrDefault("out") ?? throw new ArgumentException("--out FILE is required");
            await WithProgressAsync($"生成 {count} 条信息", count, progress =>
            {
                using var writer = new StreamWriter(file);
                ItemGenerator.Write(writer, units, count, seed, progress);
                return Task.CompletedTask;
            });
            Console.WriteLine($"wrote {count} items for {units.Count} units to {file} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        var settings = options.Where(o => o.Key is "data" or "db" or "connection")
            .ToDictionary(o => char.ToUpperInvariant(o.Key[0]) + o.Key[1..], o => (string?)o.Value, StringComparer.OrdinalIgnoreCase);
        await using var app = await GongkaiHost.StartAsync(settings);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (what == "units")
        {
            var added = await SeedProvince.AddUnitsAsync(db, units);
            Console.WriteLine($"added {added} units ({units.Count} in the province)");
            return 0;
        }
        if (what == "requests")
        {
            var count = int.Parse(options.GetValueOrDefault("requests", "2000"));
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarService>().GetAsync(db);
            var result = (0, 0);
            await WithProgressAsync($"生成 {count} 件依申请公开", count,
                async progress => result = await SeedProvince.AddRequestsAsync(db, calendar, count, seed, progress));
            Console.WriteLine($"added {result.Item1} requests and {result.Item2} appeals in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        throw new ArgumentException($"unknown: generate {what}");
    }

    private static Task WithProgressAsync(string label, int total, Func<Action<int>, Task> work) =>
        AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(total, 1));
                await work(n => task.Increment(n));
                task.Value = task.MaxValue;
            });
}
