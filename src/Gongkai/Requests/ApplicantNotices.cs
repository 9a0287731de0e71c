using Gongkai.Data;

namespace Gongkai.Requests;

/// <summary>
/// The e-mails an applicant receives (pure texts, in Chinese): when the request is accepted, a correction is asked,
/// the time limit extended, the information processing fee reduced or waived (减免信息处理费), and when it is answered
/// (also when it closes by itself). Only when an e-mail address was given.
/// Never the query code: a mailbox read by someone else must not open the status page.
/// </summary>
public static class ApplicantNotices
{
    public static readonly IReadOnlySet<RequestActionType> Notified = new HashSet<RequestActionType>
    {
        RequestActionType.Accept, RequestActionType.RequestCorrection, RequestActionType.Extend, RequestActionType.FeeWaived, RequestActionType.Reply,
    };

    /// <summary>Queues the e-mail for the step just added to <paramref name="r"/>, in the caller's transaction.</summary>
    public static void Enqueue(AppDbContext db, Request r, RequestActionType type, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(r.Email) || Text(r, type) is not { } mail)
        {
            return;
        }
        db.ApplicantMessages.Add(ApplicantMessage.Create(r, type, mail.Subject, mail.Body, now));
    }

    public static (string Subject, string Body)? Text(Request r, RequestActionType type)
    {
        var step = r.Steps.Where(s => s.Type == type).MaxBy(s => s.Sequence);
        var unit = r.Unit?.Name ?? "受理机关";
        var head = $"{r.ApplicantName}：\n\n您于{Day(r.ReceivedOn)}向{unit}提出的政府信息公开申请（申请编号：{r.Number}，申请获取“{r.Subject}”）";
        var tail = $"\n\n您可以凭申请编号和提交申请时取得的查询码，在门户网站“申请办理进度查询”页面查看办理进度。\n\n{unit}\n（本邮件由系统自动发送，请勿直接回复。）";
        var note = string.IsNullOrWhiteSpace(step?.Note) ? "" : $"\n\n说明：{step.Note}";
        (string, string)? mail = type switch
        {
            RequestActionType.Accept => ($"政府信息公开申请已受理（{r.Number}）",
                $"{head}已于{Day(step?.On)}受理，答复期限至{Day(r.DueDate)}。{tail}"),
            RequestActionType.RequestCorrection => ($"政府信息公开申请需要补正（{r.Number}）",
                $"{head}内容不够明确，请于{Day(r.PauseDeadline)}前补正。答复期限自收到补正后的申请之日起重新计算；无正当理由逾期不补正的，视为放弃申请（《中华人民共和国政府信息公开条例》第三十条）。{note}{tail}"),
            RequestActionType.Extend => ($"政府信息公开申请答复期限延长（{r.Number}）",
                $"{head}，经政府信息公开工作机构负责人同意，答复期限延长{step?.Workdays}个工作日，至{Day(r.DueDate)}（条例第三十三条第二款）。{note}{tail}"),
            RequestActionType.FeeWaived => ($"政府信息公开申请信息处理费减免（{r.Number}）", $"{head}，{Waiver(r, step)}{note}{tail}"),
            RequestActionType.Reply => ($"政府信息公开申请已答复（{r.Number}）",
                $"{head}已于{Day(r.ClosedOn)}办结，办理结果：{RequestOutcomes.Labels.GetValueOrDefault(r.Outcome ?? "", r.Outcome ?? "")}。答复告知书将按您选择的方式送达。\n\n{ReplyLetterText.Remedies}{note}{tail}"),
            _ => null,
        };
        return mail;
    }

    /// <summary>A full waiver resumes the clock; after a partial one the rest is still due within the payment period.</summary>
    private static string Waiver(Request r, RequestStep? step)
    {
        var remaining = FeeWaiver.Remaining(r.Steps);
        var waived = $"经审核，已于{Day(step?.On)}减免信息处理费{Yuan(step?.FeeFen)}元";
        return remaining == 0
            ? $"{waived}，您无需再缴纳信息处理费。我机关将继续办理您的申请，答复期限至{Day(r.DueDate)}。"
            : $"{waived}，减免后尚需缴纳{Yuan(remaining)}元，请于{Day(r.PauseDeadline)}前按收费通知缴纳；逾期未缴纳的，视为放弃申请。";
    }

    private static string Yuan(long? fen) => $"{(fen ?? 0) / 100m:0.00}";

    private static string Day(DateOnly? day) => day is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";
}
