using Gongkai.Catalog;
using Gongkai.Infrastructure;

namespace Gongkai.Channels;

/// <summary>The channels an approver picks at sign-off (签发), checked against the known kinds (pure).</summary>
public static class ChooseChannels
{
    public static List<string> Validated(IReadOnlyList<string> channels)
    {
        var errors = new ValidationErrors();
        foreach (var channel in channels.Where(c => !ItemChannels.All.Contains(c)))
        {
            errors.Add("channels", $"未知的公开渠道“{channel}”，可选：{string.Join("、", ItemChannels.All)}");
        }
        errors.ThrowIfAny();
        return channels.Distinct().ToList();
    }
}
