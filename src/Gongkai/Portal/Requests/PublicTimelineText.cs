using System.Globalization;
using Gongkai.Infrastructure;
using Gongkai.Requests;

namespace Gongkai.Portal.Requests;

/// <summary>
/// A line of the applicant's timeline in the page's language: the Chinese of the API as it is, or the same step said
/// through the portal's text catalogue (<see cref="PortalTexts"/>) in English mode.
/// </summary>
public static class PublicTimelineText
{
    public static string Describe(PublicTimelineEntry entry, string unitName, Texts t)
    {
        if (!Texts.IsEnglish)
        {
            return entry.Text;
        }
        var yuan = (entry.FeeFen / 100m)?.ToString("0.00", CultureInfo.InvariantCulture);
        return entry.Type switch
        {
            null => t.Format("{0}收到您的申请", unitName),
            RequestActionType.Reply => t.Format("作出答复：{0}",
                t[RequestOutcomes.Labels.GetValueOrDefault(entry.Outcome ?? "", entry.Outcome ?? "")]),
            RequestActionType.Extend => t.Format("延长答复期限{0}个工作日", entry.Workdays),
            RequestActionType.FeeNotice => t.Format("发出收费通知，信息处理费{0}元", yuan),
            RequestActionType.FeeWaived => t.Format("减免信息处理费{0}元", yuan),
            RequestActionType.RequestCorrection => t["一次性告知申请人补正"],
            { } type => t[RequestStatusText.Chinese(type)],
        };
    }
}
