using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Portal.Items;

/// <summary><c>GET /api/v1/public/items</c> (page numbers, or <c>cursor=</c> the answer's <c>next</c> for keyset paging) and <c>/api/v1/public/items/{id}</c> (CONTRACT.md).</summary>
internal static class PublicItemsApi
{
    public static void MapPublicItemsApi(this WebApplication app)
    {
        var items = app.MapGroup("/api/v1/public/items").WithTags("Public").AllowAnonymous();
        items.MapGet("/", async (HttpRequest request, ListPublicItems list, CancellationToken cancellationToken) =>
        {
            var q = request.Query;
            var errors = new ValidationErrors();
            var year = Number(q, "year", 1900, 2999, null, errors);
            var page = Number(q, "page", 1, ListPublicItems.MaxPage, 1, errors);
            var pageSize = Number(q, "pageSize", 1, ListPublicItems.MaxPageSize, 20, errors);
            var cursor = PublicItemCursor.Parse(Text(q, "cursor"));
            if (Text(q, "cursor") is not null && cursor is null)
            {
                errors.Add("cursor", "cursor 应为上一页答复中的 next 值");
            }
            errors.ThrowIfAny();
            var filter = new PublicItemFilter(Text(q, "unit"), Text(q, "category"), year, Text(q, "topic"), Text(q, "kind"));
            return TypedResults.Ok(await list.RunAsync(filter, page!.Value, pageSize!.Value, cursor, cancellationToken));
        }).CacheOutput(PortalCache.ListPolicy);
        items.MapGet("/{id:long}", async (long id, GetPublicItem get, HttpContext http, CancellationToken cancellationToken) =>
        {
            PortalCache.Tag(http, PortalCache.ItemTag(id));
            return TypedResults.Ok(await get.RunAsync(id, cancellationToken));
        }).CacheOutput(PortalCache.Policy);
    }

    private static string? Text(IQueryCollection q, string name) => q[name].ToString() is { Length: > 0 } v ? v.Trim() : null;

    private static int? Number(IQueryCollection q, string name, int min, int max, int? fallback, ValidationErrors errors)
    {
        var value = q[name].ToString();
        if (value.Length == 0)
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        errors.Add(name, $"{name} 应为{min}至{max}之间的整数");
        return fallback;
    }
}
