using Gongkai.Catalog;

namespace Gongkai.Channels;

public sealed record ChannelSplitView(int Website, int GovAffairsSite, int ServiceHall, int Other);

public sealed record UnitChannelCounts(string Unit, string Name, int Total, IReadOnlyDictionary<string, int> ByChannel);

/// <summary>
/// Counting published items by channel (pure). <c>byChannel</c> counts an item once for every channel it went to;
/// the split of the annual report (2008 format) counts each item once, by its primary (first) channel, so the four
/// figures add up to the total: website, 政务公开网, 综合行政服务大厅, and every other channel together.
/// </summary>
public static class ChannelCounts
{
    public static Dictionary<string, int> ByChannel(IEnumerable<IReadOnlyList<string>> items)
    {
        var counts = ItemChannels.All.ToDictionary(c => c, _ => 0);
        foreach (var channel in items.SelectMany(i => i.Distinct()))
        {
            counts[channel] = counts.GetValueOrDefault(channel) + 1;
        }
        return counts;
    }

    public static ChannelSplitView Split(IReadOnlyCollection<IReadOnlyList<string>> items)
    {
        var primary = items.Select(i => i.Count > 0 ? i[0] : ItemChannels.Website).ToList();
        var website = primary.Count(c => c == ItemChannels.Website);
        var gov = primary.Count(c => c == ItemChannels.GovAffairsSite);
        var hall = primary.Count(c => c == ItemChannels.ServiceHall);
        return new ChannelSplitView(website, gov, hall, primary.Count - website - gov - hall);
    }
}
