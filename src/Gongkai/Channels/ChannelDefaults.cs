using Gongkai.Catalog;

namespace Gongkai.Channels;

/// <summary>
/// The channels an item goes to when its editor chose none (pure): every item goes to the website; service guides
/// (办事指南) also to the service-hall windows and the kiosks; regulations and normative documents also to the
/// government-affairs site; the 第二十条 (五)/(八) nodes (licensing, fees) to the hall as well.
/// </summary>
public static class ChannelDefaults
{
    private static readonly Dictionary<string, string[]> ByNode = new(StringComparer.Ordinal)
    {
        ["art20-05"] = [ItemChannels.ServiceHall, ItemChannels.Kiosk],
        ["art20-08"] = [ItemChannels.ServiceHall],
        ["art20-12"] = [ItemChannels.Led, ItemChannels.Kiosk],
    };

    public static List<string> For(ItemKind kind, string? catalogNode)
    {
        var result = new List<string> { ItemChannels.Website };
        result.AddRange(kind switch
        {
            ItemKind.ServiceGuide => [ItemChannels.ServiceHall, ItemChannels.Kiosk],
            ItemKind.Regulation or ItemKind.NormativeDocument => [ItemChannels.GovAffairsSite],
            ItemKind.Interpretation => [ItemChannels.NewMedia],
            _ => [],
        });
        if (catalogNode is not null && ByNode.TryGetValue(catalogNode, out var extra))
        {
            result.AddRange(extra);
        }
        return result.Distinct().ToList();
    }
}
