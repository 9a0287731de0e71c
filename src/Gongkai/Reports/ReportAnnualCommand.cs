using Gongkai.Cli;
using Gongkai.Infrastructure;
using Gongkai.Reports.Rendering;

namespace Gongkai.Reports;

/// <summary><c>report annual</c>: writes a unit's annual report for a year from the current data.</summary>
internal sealed class ReportAnnualCommand : ICliCommand
{
    public string Verb => "report annual";
    public string Usage => "report annual --year Y [--unit CODE] [--scope self|tree] [--template 2021|2019|2008] --format json|html|docx|pdf|xlsx --out FILE [--data DIR]";
    public IReadOnlySet<string> Accepts { get; } =
        new HashSet<string>([.. Commands.InstanceOptions, "year", "unit", "scope", "template", "format", "out"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var output = args.Option("out") ?? throw new UsageException("--out FILE is required");
        var format = args.Option("format") ?? throw new UsageException("--format is required (json, html, docx, pdf, xlsx)");
        if (!ReportRenderers.Formats.Contains(format))
        {
            throw new UsageException($"unknown format '{format}' (json, html, docx, pdf, xlsx)");
        }
        var yearText = args.Option("year") ?? throw new UsageException("--year is required");
        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            throw new UsageException($"--year must be a year, not '{yearText}'");
        }
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (document, _) = await services.GetRequiredService<GenerateAnnualReport>()
            .RunAsync(new ReportRequest(year, args.Option("unit"), args.Option("scope"), args.Option("template")));
        var bytes = services.GetRequiredService<ReportRenderers>().Get(format).Render(document);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null) Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(output, bytes);
        var failed = document.Report.FailedChecks;
        Console.WriteLine($"wrote {output}: {document.Title} ({format}, {bytes.Length} bytes){(failed.Count > 0 ? "; failing checks: " + string.Join(", ", failed.Select(c => c.Rule)) : "")}");
        return 0;
    }
}
