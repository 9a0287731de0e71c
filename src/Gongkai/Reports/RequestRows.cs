namespace Gongkai.Reports;

/// <summary>One row of table 三: its code (三（三）4 is <c>3.3.4</c>), the merged group label above it, and its label.</summary>
public sealed record RequestRow(string Code, string? Group, string? SubGroup, string Label)
{
    public bool IsOutcome => Code.StartsWith("3.", StringComparison.Ordinal) && Code != "3.7";
}

/// <summary>The rows of table 三 with the exact wording of the official formats (DOMAIN.md §2.4).</summary>
public static class RequestRows
{
    private const string Results = "三、本年度办理结果";

    private static readonly RequestRow[] Head =
    [
        new("1", null, null, "一、本年新收政府信息公开申请数量"),
        new("2", null, null, "二、上年结转政府信息公开申请数量"),
        new("3.1", Results, null, "（一）予以公开"),
        new("3.2", Results, null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        new("3.3.1", Results, "（三）不予公开", "1.属于国家秘密"),
        new("3.3.2", Results, "（三）不予公开", "2.其他法律行政法规禁止公开"),
        new("3.3.3", Results, "（三）不予公开", "3.危及“三安全一稳定”"),
        new("3.3.4", Results, "（三）不予公开", "4.保护第三方合法权益"),
        new("3.3.5", Results, "（三）不予公开", "5.属于三类内部事务信息"),
        new("3.3.6", Results, "（三）不予公开", "6.属于四类过程性信息"),
        new("3.3.7", Results, "（三）不予公开", "7.属于行政执法案卷"),
        new("3.3.8", Results, "（三）不予公开", "8.属于行政查询事项"),
        new("3.4.1", Results, "（四）无法提供", "1.本机关不掌握相关政府信息"),
        new("3.4.2", Results, "（四）无法提供", "2.没有现成信息需要另行制作"),
        new("3.4.3", Results, "（四）无法提供", "3.补正后申请内容仍不明确"),
        new("3.5.1", Results, "（五）不予处理", "1.信访举报投诉类申请"),
        new("3.5.2", Results, "（五）不予处理", "2.重复申请"),
        new("3.5.3", Results, "（五）不予处理", "3.要求提供公开出版物"),
        new("3.5.4", Results, "（五）不予处理", "4.无正当理由大量反复申请"),
        new("3.5.5", Results, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ];

    private static readonly RequestRow[] Other2021 =
    [
        new("3.6.1", Results, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        new("3.6.2", Results, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        new("3.6.3", Results, "（六）其他处理", "3.其他"),
    ];

    private static readonly RequestRow[] Other2019 = [new("3.6", Results, null, "（六）其他处理")];

    private static readonly RequestRow[] Tail =
    [
        new("3.7", Results, null, "（七）总计"),
        new("4", null, null, "四、结转下年度继续办理"),
    ];

    public static IReadOnlyList<RequestRow> For(string template) =>
        [.. Head, .. template == ReportTemplates.F2019 ? Other2019 : Other2021, .. Tail];

    /// <summary>The row an outcome is counted in for the template (2019 folds （六）'s sub-rows into one; 2021 reads a bare 3.6 as 其他).</summary>
    public static string? RowFor(string? outcome, string template)
    {
        if (outcome is null)
        {
            return null;
        }
        if (outcome.StartsWith("3.6", StringComparison.Ordinal))
        {
            return template == ReportTemplates.F2019 ? "3.6" : outcome == "3.6" ? "3.6.3" : outcome;
        }
        return outcome;
    }
}
