using Gongkai.Catalog;

namespace Gongkai.Channels;

public sealed record DeliveryStep(string Channel, string Action, string Reason);

/// <summary>
/// What a change of an item means for its channels (pure): first publication delivers to each chosen channel; a
/// revision updates the kept channels, delivers to added ones and removes from dropped ones; withdrawal or expiry
/// removes the item from every channel it was on.
/// </summary>
public static class DeliveryPlan
{
    public const string Delivered = "delivered";
    public const string Updated = "updated";
    public const string Removed = "removed";

    public static IReadOnlyList<DeliveryStep> For(ItemStatus before, int revisionBefore, IReadOnlyList<string> channelsBefore,
        ItemStatus after, int revisionAfter, IReadOnlyList<string> channelsAfter)
    {
        var wasLive = before == ItemStatus.Published;
        var isLive = after == ItemStatus.Published;
        if (!wasLive && isLive)
        {
            return channelsAfter.Distinct().Select(c => new DeliveryStep(c, Delivered, "publish")).ToList();
        }
        if (wasLive && !isLive)
        {
            var reason = after == ItemStatus.Expired ? "expire" : "withdraw";
            return channelsBefore.Distinct().Select(c => new DeliveryStep(c, Removed, reason)).ToList();
        }
        if (wasLive && isLive && (revisionAfter != revisionBefore || !channelsBefore.SequenceEqual(channelsAfter)))
        {
            var steps = new List<DeliveryStep>();
            steps.AddRange(channelsAfter.Distinct().Select(c => new DeliveryStep(c, channelsBefore.Contains(c) ? Updated : Delivered, "revise")));
            steps.AddRange(channelsBefore.Distinct().Where(c => !channelsAfter.Contains(c)).Select(c => new DeliveryStep(c, Removed, "revise")));
            return steps;
        }
        return [];
    }
}
