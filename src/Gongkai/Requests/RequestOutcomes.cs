namespace Gongkai.Requests;

/// <summary>The outcome of a request: a row code of the 2021 annual-report request table (三、本年度办理结果).</summary>
public static class RequestOutcomes
{
    public const string CorrectionLapsed = "3.6.1";
    public const string FeeLapsed = "3.6.2";
    public const string Other = "3.6.3";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["3.1"] = "予以公开",
        ["3.2"] = "部分公开",
        ["3.3.1"] = "不予公开（属于国家秘密）",
        ["3.3.2"] = "不予公开（其他法律行政法规禁止公开）",
        ["3.3.3"] = "不予公开（危及“三安全一稳定”）",
        ["3.3.4"] = "不予公开（保护第三方合法权益）",
        ["3.3.5"] = "不予公开（属于三类内部事务信息）",
        ["3.3.6"] = "不予公开（属于四类过程性信息）",
        ["3.3.7"] = "不予公开（属于行政执法案卷）",
        ["3.3.8"] = "不予公开（属于行政查询事项）",
        ["3.4.1"] = "无法提供（本机关不掌握相关政府信息）",
        ["3.4.2"] = "无法提供（没有现成信息需要另行制作）",
        ["3.4.3"] = "无法提供（补正后申请内容仍不明确）",
        ["3.5.1"] = "不予处理（信访举报投诉类申请）",
        ["3.5.2"] = "不予处理（重复申请）",
        ["3.5.3"] = "不予处理（要求提供公开出版物）",
        ["3.5.4"] = "不予处理（无正当理由大量反复申请）",
        ["3.5.5"] = "不予处理（要求行政机关确认或重新出具已获取信息）",
        ["3.6.1"] = "其他处理（申请人无正当理由逾期不补正）",
        ["3.6.2"] = "其他处理（申请人逾期未按收费通知要求缴纳费用）",
        ["3.6.3"] = "其他处理（其他，含申请人撤回申请）",
    };

    public static bool IsKnown(string? code) => code is not null && Labels.ContainsKey(code);
}
