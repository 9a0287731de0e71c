using Gongkai.Cli;
using Gongkai.Infrastructure;
using Spectre.Console;

namespace Gongkai.Catalog;

/// <summary><c>import items FILE</c>: JSON Lines (or CSV with a header row) into published items, with a progress bar.</summary>
internal sealed class ImportItemsCommand : ICliCommand
{
    public string Verb => "import items";
    public string Usage => "import items FILE --data DIR [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>(Commands.InstanceOptions, StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var file = positionals.Count == 1 ? positionals[0] : throw new UsageException("give one FILE to import");
        if (!File.Exists(file))
        {
            throw new UsageException($"file not found: {file}");
        }
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var import = ActivatorUtilities.CreateInstance<ImportItems>(scope.ServiceProvider);
        var total = await CountRecordsAsync(file);
        ImportSummary? summary = null;
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("导入信息", maxValue: Math.Max(total, 1));
                using var reader = new StreamReader(file);
                summary = await import.RunAsync(ItemFiles.Rows(reader, IsCsv(file)), n => task.Increment(n), total);
                task.Value = task.MaxValue;
            });
        var rejectsPath = file + ".rejects.jsonl";
        if (summary!.Rejects.Count > 0)
        {
            await ImportItems.WriteRejectsAsync(rejectsPath, summary.Rejects);
        }
        else if (File.Exists(rejectsPath))
        {
            File.Delete(rejectsPath);
        }
        PrintTimings(summary.Timings);
        Console.WriteLine($"added {summary.Added}, already there {summary.AlreadyThere}, rejected {summary.Rejects.Count}"
            + (summary.Rejects.Count > 0 ? $" (see {rejectsPath})" : ""));
        return 0;
    }

    private static void PrintTimings(ImportTimings timings)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (timings.RatePer100k.Count > 0)
        {
            Console.WriteLine("rows/s per 100,000 rows: " + string.Join(" ", timings.RatePer100k.Select(r => r.ToString("F0", invariant))));
        }
        if (timings.IndexesRebuilt > 0)
        {
            Console.WriteLine(string.Create(invariant, $"secondary indexes built after the rows: {timings.IndexesRebuilt} in {timings.IndexTime.TotalSeconds:F1} s"));
        }
        Console.WriteLine(string.Create(invariant, $"planner statistics (ANALYZE): {timings.AnalyzeTime.TotalSeconds:F1} s"));
    }

    public static bool IsCsv(string file) => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static async Task<int> CountRecordsAsync(string file)
    {
        using var reader = new StreamReader(file);
        var count = 0;
        if (IsCsv(file))
        {
            count = CsvRecords.Read(reader).Count() - 1;
        }
        else
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                count += string.IsNullOrWhiteSpace(line) ? 0 : 1;
            }
        }
        return count;
    }
}

/// <summary>Reads an import file into parsed rows with their line numbers.</summary>
public static class ItemFiles
{
    public static IEnumerable<(int Line, ImportRow? Row, string? Error)> Rows(TextReader reader, bool csv)
    {
        if (csv)
        {
            List<string>? header = null;
            foreach (var (line, fields) in CsvRecords.Read(reader))
            {
                if (header is null)
                {
                    header = fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
                    continue;
                }
                if (fields.Count != header.Count)
                {
                    yield return (line, null, $"列数为{fields.Count}，与表头的{header.Count}列不符");
                    continue;
                }
                var map = header.Zip(fields).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.OrdinalIgnoreCase);
                var (row, error) = ImportRow.FromFields(map);
                yield return (line, row, error);
            }
            yield break;
        }
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var (row, error) = ImportRow.FromJson(text);
            yield return (number, row, error);
        }
    }
}
