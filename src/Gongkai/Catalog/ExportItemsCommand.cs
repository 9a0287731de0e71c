using System.Text.Json;
using Gongkai.Cli;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary><c>export items --out FILE</c>: every item as JSON Lines, in the import's field names (re-importable).</summary>
internal sealed class ExportItemsCommand : ICliCommand
{
    public string Verb => "export items";
    public string Usage => "export items --out FILE [--data DIR] [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>([.. Commands.InstanceOptions, "out"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var path = args.Option("out") ?? throw new UsageException("--out FILE is required");
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        WebInfrastructure.Configure(json);
        var count = 0;
        await using (var writer = new StreamWriter(path))
        {
            await foreach (var i in db.Items.AsNoTracking().OrderBy(i => i.Id).AsAsyncEnumerable())
            {
                var row = new
                {
                    sourceId = i.SourceId ?? $"gongkai-{i.Id}", id = i.Id, unit = units[i.UnitId], i.Title, i.Body, i.FormedOn,
                    publishedAt = i.PublishedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : (DateTimeOffset?)null, i.Kind, i.Status,
                    i.DocumentNumber, i.CatalogNode, i.Topic, i.Genre, i.Keywords, i.Summary, channels = i.Channels, i.IndexNumber,
                    i.Validity, i.RepealedOn, i.DisclosureMode, i.DisclosureGround,
                };
                await writer.WriteLineAsync(JsonSerializer.Serialize(row, json));
                count++;
            }
        }
        Console.WriteLine($"exported {count} items to {path}");
        return 0;
    }
}
