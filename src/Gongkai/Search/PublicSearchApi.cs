using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Search;

public sealed record PublicSearchHit(long Id, string Title, string Snippet, string Unit, string UnitName, DateTimeOffset PublishedAt, string IndexNumber, string DocumentNumber);

public sealed record PublicSearchAnswer(int Total, int Page, int PageSize, IReadOnlyList<PublicSearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>The query string, all as text so that a bad value is a validation problem in Chinese, not a binding failure.</summary>
public sealed record PublicSearchParameters(
    string? Q, string? Unit, string? Category, string? From, string? To, string? Page,
    string? PageSize, string? Topic, string? Kind, string? Validity, string? Sort, string? Channel = null);

/// <summary>
/// <c>GET /api/v1/public/search?q=&amp;unit=&amp;category=&amp;from=&amp;to=&amp;page=</c> (CONTRACT.md), plus topic, kind,
/// validity, sort, pageSize and channel (optional: only items published to that channel, e.g. <c>kiosk</c>).
/// </summary>
internal static class PublicSearchApi
{
    /// <summary>Dates in queries and answers are China's (UTC+8), the instants in the index are UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static async Task<PublicSearchAnswer> HandleAsync([AsParameters] PublicSearchParameters parameters, SearchPublished search, CancellationToken cancellationToken)
    {
        var query = Parse(parameters);
        var result = await search.RunAsync(query, cancellationToken);
        var hits = result.Hits.Select(h => new PublicSearchHit(h.Id, h.Title, h.Snippet, h.UnitCode, h.UnitName,
            new DateTimeOffset(h.PublishedAt).ToOffset(ChinaOffset), h.IndexNumber, h.DocumentNumber)).ToList();
        return new PublicSearchAnswer(result.Total, query.Page, query.PageSize, hits, result.Facets);
    }

    /// <summary>The same parameters read from a page's query string.</summary>
    public static SearchQuery Parse(IQueryCollection q)
    {
        string? Get(string name) => q.TryGetValue(name, out var v) ? v.ToString() : null;
        return Parse(new PublicSearchParameters(Get("q"), Get("unit"), Get("category"), Get("from"), Get("to"), Get("page"),
            Get("pageSize"), Get("topic"), Get("kind"), Get("validity"), Get("sort"), Get("channel")));
    }

    public static SearchQuery Parse(PublicSearchParameters q)
    {
        var errors = new ValidationErrors();
        var from = Day(q.From, "from", errors);
        var to = Day(q.To, "to", errors);
        var page = Number(q.Page, "page", 1, SearchQuery.MaxPage, 1, errors);
        var pageSize = Number(q.PageSize, "pageSize", 1, SearchQuery.MaxPageSize, 10, errors);
        if (from is not null && to is not null && from > to)
        {
            errors.Add("to", "结束日期不能早于开始日期");
        }
        var sort = q.Sort switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Invalid(errors, "sort", "排序方式只能是 relevance 或 date"),
        };
        if (Text(q.Channel) is { } channel && !Catalog.ItemChannels.All.Contains(channel))
        {
            errors.Add("channel", "渠道只能是 " + string.Join("、", Catalog.ItemChannels.All));
        }
        if (q.Q?.Length > 200)
        {
            errors.Add("q", "检索词不能超过200个字符");
        }
        errors.ThrowIfAny();
        return new SearchQuery
        {
            Text = q.Q ?? "",
            UnitCode = Text(q.Unit),
            CatalogNode = Text(q.Category),
            Topic = Text(q.Topic),
            Kind = Text(q.Kind),
            Validity = Text(q.Validity),
            Channel = Text(q.Channel),
            From = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset,
            Until = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateOnly? Day(string? value, string name, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
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

    private static int Number(string? value, string name, int min, int max, int fallback, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
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
