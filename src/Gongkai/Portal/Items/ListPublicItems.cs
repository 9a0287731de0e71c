using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Items;

public sealed record PublicItemFilter(string? Unit = null, string? Category = null, int? Year = null, string? Topic = null, string? Kind = null,
    string? Channel = null);

public sealed record PublicItemRow(long Id, string Title, string Unit, string UnitName, string? IndexNumber, string? DocumentNumber,
    DateTimeOffset PublishedAt, DateOnly FormedOn, string Kind, string? CatalogNode, string? Topic, string Validity);

/// <summary><see cref="Next"/> is the keyset cursor of the following page (null on the last one).</summary>
public sealed record PublicItemPage(int Total, int Page, int PageSize, IReadOnlyList<PublicItemRow> Items, string? Next = null);

/// <summary>A position in the newest-first order: after the item published at <see cref="PublishedAt"/> with <see cref="Id"/>.</summary>
public sealed record PublicItemCursor(DateTime PublishedAt, long Id)
{
    public override string ToString() => $"{PublishedAt.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static PublicItemCursor? Parse(string? text)
    {
        var parts = text?.Split('.') ?? [];
        return parts.Length == 2 && long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? new PublicItemCursor(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}

/// <summary>
/// Published items newest first, filtered by unit, 公开目录 node, year, topic or kind: one count and one page
/// query (joined with units, no query per row), served by the (Status, PublishedAt) index.
/// </summary>
public sealed class ListPublicItems(AppDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<PublicItemPage> RunAsync(PublicItemFilter filter, int page = 1, int pageSize = 20, PublicItemCursor? after = null, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, MaxPage);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = await FilteredAsync(filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var paged = query;
        if (after is { } c)
        {
            // Keyset: as fast on page 10,000 as on page 1.
            paged = paged.Where(i => i.PublishedAt < c.PublishedAt || (i.PublishedAt == c.PublishedAt && i.Id < c.Id));
        }
        // A page in the far half is read from the oldest end, so no offset ever exceeds half the list.
        var skip = (page - 1) * pageSize;
        var fromOldest = after is null && skip > total / 2;
        var ordered = fromOldest
            ? paged.OrderBy(i => i.PublishedAt).ThenBy(i => i.Id).Skip(Math.Max(0, total - skip - pageSize)).Take(Math.Min(pageSize, Math.Max(0, total - skip)))
            : paged.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Skip(after is null ? skip : 0).Take(pageSize);
        var rows = await RowsAsync(ordered, cancellationToken);
        var items = Newest(rows);
        var last = rows.OrderBy(r => r.PublishedAt).ThenBy(r => r.Id).FirstOrDefault();
        var next = last is not null && rows.Count == pageSize && (after is not null || skip + pageSize < total) ? new PublicItemCursor(last.PublishedAt!.Value, last.Id).ToString() : null;
        return new PublicItemPage(total, page, pageSize, items, next);
    }

    /// <summary>
    /// The newest <paramref name="take"/> visible items of the filter, without a total: the home page's blocks. No count,
    /// so no pass over every matching row (seven of them over a million items kept the first home page minutes away).
    /// </summary>
    public async Task<IReadOnlyList<PublicItemRow>> NewestAsync(PublicItemFilter filter, int take, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, MaxPageSize);
        if (filter.Category is not { Length: > 0 } node)
        {
            var query = await FilteredAsync(filter, cancellationToken);
            return Newest(await RowsAsync(query.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(take), cancellationToken));
        }
        // One newest-first walk per catalogue node, through (CatalogNode, Status, PublishedAt, Id), merged here. With the
        // nodes as one IN list SQLite walks the newest items of all nodes until enough match: the whole table (100 s at a
        // million items) for a node without items.
        var others = await FilteredAsync(filter with { Category = null }, cancellationToken);
        var rows = new List<Row>();
        foreach (var code in await CatalogNodeNames.WithDescendantsAsync(db, node, cancellationToken))
        {
            rows.AddRange(await RowsAsync(others.Where(i => i.CatalogNode == code)
                .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(take), cancellationToken));
        }
        return Newest(rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(take).ToList());
    }

    private async Task<IQueryable<Item>> FilteredAsync(PublicItemFilter filter, CancellationToken cancellationToken)
    {
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
        if (filter.Channel is { Length: > 0 } channel)
        {
            // The portal's lists show what was targeted to their site (政府网站 or 政务公开网); the open API shows everything.
            query = query.Where(i => i.Channels.Contains(channel));
        }
        return query;
    }

    private Task<List<Row>> RowsAsync(IQueryable<Item> ordered, CancellationToken cancellationToken) => ordered
        .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new Row(
            i.Id, i.Title, u.Code, u.Name, i.IndexNumber, i.DocumentNumber, i.PublishedAt, i.FormedOn, i.Kind, i.CatalogNode, i.Topic, i.Validity))
        .ToListAsync(cancellationToken);

    private static List<PublicItemRow> Newest(List<Row> rows) => rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Select(r => new PublicItemRow(
        r.Id, r.Title, r.Code, r.Name, r.IndexNumber, r.DocumentNumber, new DateTimeOffset(r.PublishedAt!.Value).ToOffset(China),
        r.FormedOn, PublicItems.Camel(r.Kind.ToString()), r.CatalogNode, r.Topic, PublicItems.Camel(r.Validity.ToString()))).ToList();

    private sealed record Row(long Id, string Title, string Code, string Name, string? IndexNumber, string? DocumentNumber, DateTime? PublishedAt,
        DateOnly FormedOn, ItemKind Kind, string? CatalogNode, string? Topic, Validity Validity);
}
