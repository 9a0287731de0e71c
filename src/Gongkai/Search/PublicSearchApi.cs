using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Search;

public sealed record PublicSearchHit(long Id, string Title, string Snippet, string Unit, string UnitName, DateTimeOffset PublishedAt, string IndexNumber, string DocumentNumber);

public sealed record PublicSearchAnswer(int Total, int Page, int PageSize, IReadOnlyList<PublicSearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary><c>GET /api/v1/public/search?q=&amp;unit=&amp;category=&amp;from=&amp;to=&amp;page=</c> (CONTRACT.md), plus topic, kind, validity, sort, pageSize.</summary>
internal static class PublicSearchApi
{
    /// <summary>Dates in queries and answers are China's (UTC+8), the instants in the index are UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static async Task<PublicSearchAnswer> HandleAsync(HttpRequest request, SearchPublished search, CancellationToken cancellationToken)
    {
        var query = Parse(request.Query);
        var result = await search.RunAsync(query, cancellationToken);
        var hits = result.Hits.Select(h => new PublicSearchHit(h.Id, h.Title, h.Snippet, h.UnitCode, h.UnitName,
            new DateTimeOffset(h.PublishedAt).ToOffset(ChinaOffset), h.IndexNumber, h.DocumentNumber)).ToList();
        return new PublicSearchAnswer(result.Total, query.Page, query.PageSize, hits, result.Facets);
    }

    public static SearchQuery Parse(IQueryCollection q)
    {
        var errors = new ValidationErrors();
        var from = Day(q, "from", errors);
        var to = Day(q, "to", errors);
        var page = Number(q, "page", 1, SearchQuery.MaxPage, 1, errors);
        var pageSize = Number(q, "pageSize", 1, SearchQuery.MaxPageSize, 10, errors);
        if (from is not null && to is not null && from > to)
        {
            errors.Add("to", "结束日期不能早于开始日期");
        }
        var sort = q["sort"].ToString() switch
        {
            "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Invalid(errors, "sort", "排序方式只能是 relevance 或 date"),
        };
        if (q["q"].ToString().Length > 200)
        {
            errors.Add("q", "检索词不能超过200个字符");
        }
        errors.ThrowIfAny();
        return new SearchQuery
        {
            Text = q["q"].ToString(),
            UnitCode = Text(q, "unit"),
            CatalogNode = Text(q, "category"),
            Topic = Text(q, "topic"),
            Kind = Text(q, "kind"),
            Validity = Text(q, "validity"),
            From = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset,
            Until = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
    }

    private static string? Text(IQueryCollection q, string name) => q[name].ToString() is { Length: > 0 } v ? v : null;

    private static DateOnly? Day(IQueryCollection q, string name, ValidationErrors errors)
    {
        var value = q[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors.Add(name, "日期格式应为 YYYY-MM-DD");
        return null;
    }

    private static int Number(IQueryCollection q, string name, int min, int max, int fallback, ValidationErrors errors)
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

    private static SearchSort Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return SearchSort.Relevance;
    }
}
