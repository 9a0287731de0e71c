using Gongkai.Accounts;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

public sealed record ItemRow(long Id, string Unit, string Title, string? IndexNumber, string Status, string Kind, DateOnly FormedOn,
    DateTimeOffset? PublishedAt, bool PublishedLate);

/// <summary>The staff work list of items, filtered by unit and status, newest first.</summary>
internal static class ListItems
{
    public static async Task<IResult> RunAsync(string? unit, string? status, int? page, int? pageSize, AppDbContext db, UnitAccess access, HttpContext http)
    {
        var scoped = await access.ScopedUnitIdsAsync(http.User);
        var query = db.Items.AsNoTracking().Where(i => scoped.Contains(i.UnitId));
        if (unit is { Length: > 0 })
        {
            var unitId = await CatalogApi.UnitIdAsync(db, unit);
            query = query.Where(i => i.UnitId == unitId);
        }
        if (Enum.TryParse<ItemStatus>(status, true, out var s))
        {
            query = query.Where(i => i.Status == s);
        }
        var size = Math.Clamp(pageSize ?? 20, 1, 200);
        var skip = (Math.Max(page ?? 1, 1) - 1) * size;
        var total = await query.CountAsync();
        var rows = await query.OrderByDescending(i => i.Id).Skip(skip).Take(size)
            .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new { i, u.Code }).ToListAsync();
        return TypedResults.Ok(new
        {
            total,
            items = rows.Select(r => new ItemRow(r.i.Id, r.Code, r.i.Title, r.i.IndexNumber, char.ToLowerInvariant(r.i.Status.ToString()[0]) + r.i.Status.ToString()[1..],
                char.ToLowerInvariant(r.i.Kind.ToString()[0]) + r.i.Kind.ToString()[1..], r.i.FormedOn,
                r.i.PublishedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null, r.i.PublishedLate)),
        });
    }
}
