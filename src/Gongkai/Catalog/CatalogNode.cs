namespace Gongkai.Catalog;

/// <summary>A node of a unit's 公开目录, with what must be published there and how often.</summary>
public sealed class CatalogNode
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public required string Code { get; init; }
    public string? ParentCode { get; set; }
    public required string Name { get; set; }
    /// <summary>Required frequency, e.g. 信息形成或者变更之日起20个工作日内, 每年, 每季度.</summary>
    public string? Frequency { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
