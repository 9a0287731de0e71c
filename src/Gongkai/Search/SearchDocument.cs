namespace Gongkai.Search;

/// <summary>
/// What the search index knows about one published document, in a shape neutral to the catalogue:
/// the source (<see cref="ISearchSource"/>) builds it from an item. <see cref="Body"/> and
/// <see cref="AttachmentText"/> are plain text: convert HTML with <see cref="SearchText.FromHtml"/> first.
/// </summary>
public sealed record SearchDocument
{
    public required long Id { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public string AttachmentText { get; init; } = "";
    public string Keywords { get; init; } = "";
    /// <summary>文号, e.g. 方政发〔2014〕12号.</summary>
    public string DocumentNumber { get; init; } = "";
    /// <summary>索引号.</summary>
    public string IndexNumber { get; init; } = "";
    public string UnitCode { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string CatalogNode { get; init; } = "";
    /// <summary>What people read for <see cref="CatalogNode"/> (the facet label); the code when empty.</summary>
    public string CatalogNodeName { get; init; } = "";
    public string Topic { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Validity { get; init; } = "";
    /// <summary>The channels (渠道) the item is published to, e.g. <c>website</c>, <c>govAffairsSite</c>, <c>kiosk</c>.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];
    /// <summary>UTC instant of publication.</summary>
    public DateTime PublishedAt { get; init; }
}
