using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Items;

public sealed record PublicItemFilter(string? Unit = null, string? Category = null, int? Year = null, string? Topic = null, string? Kind = null);

public sealed record PublicItemRow(long Id, string Title, string Unit, string UnitName, string? IndexNumber, string? DocumentNumber,
    DateTimeOffset PublishedAt, DateOnly FormedOn, string Kind, string? CatalogNode, string? Topic, string Validity);

public sealed record PublicItemPage(int Total, int Page, int PageSize, IReadOnlyList<PublicItemRow> Items);

/// <summary>
/// Published items newest first, filtered by unit, 公开目录 node, year, topic or kind: one count and one page
/// query (joined with units, no query per row), served by the (Status, PublishedAt) index.
/// </summary>
public sealed class ListPublicItems(AppDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<PublicItemPage> RunAsync(PublicItemFilter filter, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, MaxPage);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AsNoTracking();
        if (filter.Unit is { Length: > 0 } code)
        {
            var unitId = await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(i => i.UnitId == (unitId ?? -1));
        }
        if (filter.Category is { Length: > 0 } node)
        {
            var codes = await CatalogNodeNames.WithDescendantsAsync(db, node, cancellationToken);
            query = query.Where(i => i.CatalogNode != null && codes.Contains(i.CatalogNode));
        }
        if (filter.Year is { } year)
        {
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - China;
            var until = from.AddYears(1);
            query = query.Where(i => i.PublishedAt >= from && i.PublishedAt < until);
        }
        if (filter.Topic is { Length: > 0 } topic)
        {
            query = query.Where(i => i.Topic == topic);
        }
        if (filter.Kind is { Length: > 0 } kind && Enum.TryParse<Catalog.ItemKind>(kind, true, out var k))
        {
            query = query.Where(i => i.Kind == k);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new
            {
                i.Id, i.Title, u.Code, u.Name, i.IndexNumber, i.DocumentNumber, i.PublishedAt, i.FormedOn, i.Kind, i.CatalogNode, i.Topic, i.Validity,
            })
            .ToListAsync(cancellationToken);
        var items = rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Select(r => new PublicItemRow(
            r.Id, r.Title, r.Code, r.Name, r.IndexNumber, r.DocumentNumber, new DateTimeOffset(r.PublishedAt!.Value).ToOffset(China),
            r.FormedOn, PublicItems.Camel(r.Kind.ToString()), r.CatalogNode, r.Topic, PublicItems.Camel(r.Validity.ToString()))).ToList();
        return new PublicItemPage(total, page, pageSize, items);
    }
}
