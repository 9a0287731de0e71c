using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record ChannelStatisticsView(int Year, string? Unit, string Scope, int Total, IReadOnlyDictionary<string, int> ByChannel,
    ChannelSplitView Split, IReadOnlyList<UnitChannelCounts> ByUnit, int OfflineRecords, int OfflinePieces);

/// <summary>
/// <c>GET /api/v1/statistics/channels?year=&amp;unit=&amp;scope=</c>: items published in the year (China's calendar) per channel
/// and per unit, for one unit (<c>scope=unit</c>, the default when a unit is given) or the unit with its subordinate
/// units (<c>scope=tree</c>), or every unit the user may see; plus the offline records of the year.
/// </summary>
public sealed class ChannelStatistics(AppDbContext db, UnitAccess access)
{
    public async Task<ChannelStatisticsView> RunAsync(int? year, string? unit, string? scope, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (year is null or < 2000 or > 2100)
        {
            errors.Add("year", "请给出年份（2000–2100）");
        }
        scope = string.IsNullOrEmpty(scope) ? "unit" : scope;
        if (scope is not ("unit" or "tree"))
        {
            errors.Add("scope", "范围只能是 unit（本单位）或 tree（含下属单位）");
        }
        errors.ThrowIfAny();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.ParentId }).ToListAsync(ct);
        var visible = await access.ScopedUnitIdsAsync(user);
        HashSet<int> ids;
        if (string.IsNullOrEmpty(unit))
        {
            ids = units.Select(u => u.Id).Where(visible.Contains).ToHashSet();
        }
        else
        {
            var root = units.SingleOrDefault(u => u.Code == unit) ?? throw new NotFoundException($"单位“{unit}”不存在");
            await access.EnsureAsync(user, root.Id);
            ids = [root.Id];
            for (var grew = scope == "tree"; grew;)
            {
                var next = units.Where(u => u.ParentId is { } p && ids.Contains(p)).Select(u => u.Id).ToList();
                grew = next.Any(ids.Add);
            }
        }
        var from = new DateTime(year!.Value, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var to = from.AddYears(1);
        var rows = await db.Items.AsNoTracking().Where(i => i.PublishedAt >= from && i.PublishedAt < to && ids.Contains(i.UnitId))
            .Select(i => new { i.UnitId, i.Channels }).ToListAsync(ct);
        var fromDay = new DateOnly(year.Value, 1, 1);
        var offline = await db.OfflineRecords.AsNoTracking().Where(r => r.On >= fromDay && r.On < fromDay.AddYears(1) && ids.Contains(r.UnitId))
            .Select(r => r.Count).ToListAsync(ct);
        var lists = rows.Select(r => (IReadOnlyList<string>)r.Channels).ToList();
        var byUnit = rows.GroupBy(r => r.UnitId).Select(g =>
        {
            var u = units.Single(x => x.Id == g.Key);
            return new UnitChannelCounts(u.Code, u.Name, g.Count(), ChannelCounts.ByChannel(g.Select(r => (IReadOnlyList<string>)r.Channels)));
        }).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new ChannelStatisticsView(year.Value, unit, scope, rows.Count, ChannelCounts.ByChannel(lists), ChannelCounts.Split(lists),
            byUnit, offline.Count, offline.Sum());
    }
}
