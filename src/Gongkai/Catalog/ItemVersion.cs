namespace Gongkai.Catalog;

/// <summary>A published version of an item, kept when it is revised (版本记录).</summary>
public sealed class ItemVersion
{
    public long Id { get; private set; }
    public long ItemId { get; init; }
    public int Revision { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? DocumentNumber { get; init; }
    public DateTime RecordedAt { get; init; }
    public string? RecordedBy { get; init; }

    public static ItemVersion Of(Item item, DateTime at, string? by) => new()
    {
        ItemId = item.Id, Revision = item.Revision, Title = item.Title, Body = item.Body,
        DocumentNumber = item.DocumentNumber, RecordedAt = at, RecordedBy = by,
    };
}
