using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;

namespace Gongkai.Publishing;

/// <summary>
/// Publishes (or schedules) an approved item: blocked while a scan finding is open and not overridden; assigns the
/// 索引号, flags lateness (第二十六条) and keeps the published version.
/// </summary>
public sealed class PublishItem(AppDbContext db, TimeProvider time, ScanItem scan, AllocateIndexNumber numbers, Search.SearchOutbox search)
{
    public async Task<List<ScanFinding>> RunAsync(Item item, DateTime at, DateTime? publishAt)
    {
        var findings = await scan.FindingsAsync(item);
        if (findings.Count > 0 && ConfidentialityScanner.Fingerprint(findings) != item.ScanOverrideFingerprint)
        {
            throw new ConflictException($"保密审查发现未处理：{ScanItem.Describe(findings)}。请先脱敏，或由保密审查员记录放行理由后再发布");
        }
        if (publishAt is { } scheduled && scheduled > time.GetUtcNow().UtcDateTime)
        {
            item.Schedule(scheduled);
            return findings;
        }
        var day = Timeliness.ChinaDay(at);
        var number = item.IndexNumber ?? await numbers.NextAsync(item.UnitId, day, item.CatalogNode);
        item.Publish(at, number, Timeliness.IsLate(item.FormedOn, day));
        db.ItemVersions.Add(ItemVersion.Of(item, at, db.Actor.Name));
        search.Enqueue(item.Id, Search.SearchOperation.Upsert);
        return findings;
    }
}
