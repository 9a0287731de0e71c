using Gongkai.Catalog;

namespace Gongkai.Admin.Items;

/// <summary>The edit form's fields (the most used ones; the API takes them all).</summary>
public sealed class ItemForm
{
    public string? Unit { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? DocumentNumber { get; set; }
    public string? CatalogNode { get; set; }
    public DateOnly? FormedOn { get; set; }
    public string Kind { get; set; } = "general";
    public DateOnly? RepealedOn { get; set; }
    public List<string> Channels { get; set; } = [];

    public ItemInput ToInput() => new()
    {
        Unit = Unit, Title = Title, Body = Body, DocumentNumber = DocumentNumber, CatalogNode = CatalogNode,
        FormedOn = FormedOn, Kind = Kind, RepealedOn = RepealedOn, Channels = Channels,
    };

    public static ItemForm Of(Item i, string unit) => new()
    {
        Unit = unit, Title = i.Title, Body = i.Body, DocumentNumber = i.DocumentNumber, CatalogNode = i.CatalogNode,
        FormedOn = i.FormedOn, Kind = char.ToLowerInvariant(i.Kind.ToString()[0]) + i.Kind.ToString()[1..], RepealedOn = i.RepealedOn,
        Channels = i.Channels,
    };

    public static readonly IReadOnlyDictionary<string, string> ChannelNames = new Dictionary<string, string>
    {
        ["website"] = "政府网站", ["govAffairsSite"] = "政务网", ["serviceHall"] = "政务服务大厅", ["led"] = "LED显示屏",
        ["kiosk"] = "触摸屏查询机", ["newMedia"] = "两微一端", ["offline"] = "公开栏等线下渠道",
    };
}
