using System.Globalization;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>Reads the indicators' facts from the records: items and versions, catalogue nodes, the audit trail, requests, appeals, ratings.</summary>
public sealed class LoadSupervisionFacts(AppDbContext db)
{
    public async Task<SupervisionFacts> LoadAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct = default)
    {
        var items = await db.Items.AsNoTracking()
            .Where(i => unitIds.Contains(i.UnitId) && i.PublishedAt != null && i.DisclosureMode == DisclosureMode.Proactive)
            .Select(i => new { i.Id, i.UnitId, i.Title, i.Body, i.CatalogNode, i.FormedOn, i.PublishedAt, i.Timing, i.PeriodMonths, i.Channels })
            .ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var versions = (await db.ItemVersions.AsNoTracking().Where(v => ids.Contains(v.ItemId)).Select(v => new { v.ItemId, v.RecordedAt }).ToListAsync(ct))
            .ToLookup(v => v.ItemId, v => ChinaTime.DayOf(v.RecordedAt));
        var itemFacts = items.Select(i => new ItemFact(i.Id, i.UnitId, i.Title, i.Body, i.CatalogNode, i.FormedOn, ChinaTime.DayOf(i.PublishedAt!.Value),
            i.Timing == TimingKind.Regular, i.PeriodMonths, versions[i.Id].ToList(), i.Channels)).ToList();

        var nodes = (await db.CatalogNodes.AsNoTracking().Where(n => unitIds.Contains(n.UnitId) && n.Frequency != null)
                .Select(n => new { n.UnitId, n.Code, n.Name, n.Frequency }).ToListAsync(ct))
            .Select(n => (n, every: EveryMonths(n.Frequency))).Where(x => x.every > 0)
            .Select(x => new NodeRequirement(x.n.UnitId, x.n.Code, x.n.Name, x.every)).ToList();

        var requests = await db.Requests.AsNoTracking().Where(r => unitIds.Contains(r.UnitId))
            .Select(r => new RequestRecord(r.Id, r.Number, r.UnitId, r.ReceivedOn, r.DueDate, r.ClosedOn, r.Outcome)).ToListAsync(ct);
        var appeals = (await db.Appeals.AsNoTracking().Where(a => unitIds.Contains(a.UnitId))
                .Select(a => new { a.Id, a.UnitId, a.Kind, a.FiledOn, a.ClosedOn, a.Result }).ToListAsync(ct))
            .Select(a => new AppealRecord(a.Id, a.UnitId, RequestStatusText.Camel(a.Kind), a.FiledOn, a.ClosedOn, RequestStatusText.Camel(a.Result))).ToList();
        var ratings = (await db.Ratings.AsNoTracking().Where(r => unitIds.Contains(r.UnitId))
                .Select(r => new { r.Id, r.UnitId, r.CreatedAt, r.Level, r.ItemId, r.RequestId }).ToListAsync(ct))
            .Select(r => new RatingFact(r.Id, r.UnitId, ChinaTime.DayOf(r.CreatedAt), r.Level, r.ItemId, r.RequestId?.ToString(CultureInfo.InvariantCulture))).ToList();
        return new SupervisionFacts(itemFacts, nodes, await ScansAsync(unitIds, ct), requests, appeals, ratings);
    }

    /// <summary>每月 → 1, 每季度 → 3, 每半年 → 6, 每年 → 12; anything else (e.g. 20个工作日内) is event-driven → 0.</summary>
    public static int EveryMonths(string? frequency) => frequency?.Trim() switch
    {
        null => 0,
        var f when f.StartsWith("每月", StringComparison.Ordinal) => 1,
        var f when f.StartsWith("每季度", StringComparison.Ordinal) => 3,
        var f when f.StartsWith("每半年", StringComparison.Ordinal) => 6,
        var f when f.StartsWith("每年", StringComparison.Ordinal) => 12,
        _ => 0,
    };

    /// <summary>Submissions with scan findings and reviewers' overrides, as the workflow wrote them into the audit trail.</summary>
    private async Task<List<ScanFact>> ScansAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Item) && (a.Action == "submit" || a.Action == "scanOverride"))
            .Select(a => new { a.EntityId, a.Action, a.At, a.Changes }).ToListAsync(ct);
        var itemIds = entries.Select(e => long.TryParse(e.EntityId, CultureInfo.InvariantCulture, out var id) ? id : 0).Distinct().ToList();
        var owners = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id) && unitIds.Contains(i.UnitId))
            .ToDictionaryAsync(i => i.Id, i => i.UnitId, ct);
        var result = new List<ScanFact>();
        foreach (var e in entries)
        {
            if (long.TryParse(e.EntityId, CultureInfo.InvariantCulture, out var id) && owners.TryGetValue(id, out var unit))
            {
                var over = e.Action == "scanOverride";
                result.Add(new ScanFact(id, unit, ChinaTime.DayOf(e.At), over ? 1 : FindingCount(e.Changes), over));
            }
        }
        return result;
    }

    private static int FindingCount(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return 0;
        }
        using var doc = JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.NameEquals("findings") || p.NameEquals("Findings"))
            {
                return p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt32() : p.Value.ValueKind == JsonValueKind.Array ? p.Value.GetArrayLength() : 0;
            }
        }
        return 0;
    }
}
