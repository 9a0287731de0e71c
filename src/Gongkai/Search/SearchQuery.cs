namespace Gongkai.Search;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// One search. <see cref="Text"/> is what the user typed: it is split on whitespace into terms that are all
/// required, each matched as a substring; it is never parsed as query syntax.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxPageSize = 50;
    public const int MaxPage = 1000;

    public string Text { get; init; } = "";
    public string? UnitCode { get; init; }
    public string? CatalogNode { get; init; }
    public string? Topic { get; init; }
    public string? Kind { get; init; }
    public string? Validity { get; init; }
    /// <summary>Only documents published to this channel (a public site searches its own channel); null = every channel.</summary>
    public string? Channel { get; init; }
    /// <summary>Inclusive UTC lower bound of <see cref="SearchDocument.PublishedAt"/>.</summary>
    public DateTime? From { get; init; }
    /// <summary>Exclusive UTC upper bound of <see cref="SearchDocument.PublishedAt"/>.</summary>
    public DateTime? Until { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>Synonym groups: a term equal to a key also matches each of its words (OR-expansion).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}

public sealed record SearchHit(
    long Id, string Title, string Snippet, string UnitCode, string UnitName, DateTime PublishedAt,
    string IndexNumber, string DocumentNumber, float Score);

/// <summary>One value of a facet: <see cref="Value"/> is what a filter takes, <see cref="Label"/> what people read.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static readonly SearchResult Empty = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
}
