namespace Gongkai.Supervision;

/// <summary>How an indicator is read: a plain count, a rate where higher is better, or a count of faults.</summary>
public enum IndicatorKind
{
    Count,
    Rate,
    Fault,
}

/// <summary>An indicator's key, Chinese name, unit of measure and the written definition shown beside it.</summary>
public sealed record IndicatorDefinition(string Key, string Name, IndicatorKind Kind, string Measure, string Definition);

/// <summary>
/// A record behind a figure (the drill-down): what it is, its id, a label and where to see it. <see cref="Parts"/> are the
/// dashboard bars it belongs to within its indicator (an item's channels, a request's outcome group, a rating's level,
/// <c>open</c>/<c>closedLate</c> for an overdue request), so each bar links to exactly its records.
/// </summary>
public sealed record RecordRef(string Kind, string Id, string Label, string Href, string? Note = null, IReadOnlyList<string>? Parts = null);

/// <summary>One indicator of one unit in one period. <see cref="Value"/> is a percentage for rates (null when nothing to measure).</summary>
public sealed record IndicatorValue(
    string Key, decimal? Value, int Count, int Base, IReadOnlyList<RecordRef> Records, IReadOnlyDictionary<string, int>? Breakdown = null)
{
    public IndicatorDefinition Definition => Indicators.Get(Key);
}

/// <summary>The indicator catalogue (指标及口径). Definitions are part of the product: they are shown on every page that shows a figure.</summary>
public static class Indicators
{
    public const string ProactivePublished = "proactivePublished";
    public const string TimelyRate = "timelyRate";
    public const string RegularOnTime = "regularOnTime";
    public const string MissingRequired = "missingRequired";
    public const string NearDuplicates = "nearDuplicates";
    public const string ScanCaught = "scanCaught";
    public const string ScanOverrides = "scanOverrides";
    public const string RequestsOnTime = "requestsOnTime";
    public const string RequestsOverdue = "requestsOverdue";
    public const string RequestOutcomes = "requestOutcomes";
    public const string AppealsCorrected = "appealsCorrected";
    public const string Satisfaction = "satisfaction";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(ProactivePublished, "主动公开信息数", IndicatorKind.Count, "条",
            "考核期内首次发布的主动公开政府信息条数，以发布日期（北京时间）计；发布后撤回或失效的仍计入。"),
        new(TimelyRate, "及时公开率", IndicatorKind.Rate, "%",
            "考核期内发布的主动公开信息中，自信息形成或者变更之日（成文日期）起20个工作日内发布的比例（条例第二十六条）。成文当日不计入，工作日按国务院节假日安排（含调休上班日）计算。"),
        new(RegularOnTime, "定期信息按时更新率", IndicatorKind.Rate, "%",
            "定期公开信息自成文日期起每满一个更新周期即到期一次；考核期内已到期的各次更新中，在到期日（含）前、上次到期日后发布了新版本的比例。"),
        new(MissingRequired, "应公开未公开（不漏）", IndicatorKind.Fault, "项次",
            "本单位公开目录中规定了固定频次（每月、每季度、每年）的栏目，在考核期内已经届满的每个频次周期中，该栏目没有发布任何信息的，计一项次。"),
        new(NearDuplicates, "重复发布（不重）", IndicatorKind.Fault, "条",
            "考核期内发布的信息中，与本单位此前已发布的信息标题相似度达到80%或正文相似度达到90%（按字二元组的杰卡德系数计算）的条数。"),
        new(ScanCaught, "发布前保密审查拦截", IndicatorKind.Count, "次",
            "考核期内信息报审时，保密审查发现身份证号、手机号、银行卡号、密级标志或敏感词等问题并在发布前拦截的次数（据审计日志）。"),
        new(ScanOverrides, "保密审查放行", IndicatorKind.Fault, "次",
            "考核期内保密审查员对审查发现的问题记录理由后放行发布的次数（据审计日志）。"),
        new(RequestsOnTime, "依申请按期答复率", IndicatorKind.Rate, "%",
            "考核期内办结的政府信息公开申请中，在答复期限内办结的比例。答复期限按条例第三十三条自收到申请之日起20个工作日，延长答复期限、征求第三方意见和等待缴费期间、补正后重新计算，均按申请时钟计算。"),
        new(RequestsOverdue, "依申请逾期", IndicatorKind.Fault, "件",
            "考核期内超过答复期限才办结的申请数，加上截至考核期末（考核期未结束的截至统计日）仍未办结且已超过答复期限的申请数。"),
        new(RequestOutcomes, "依申请办理结果", IndicatorKind.Count, "件",
            "考核期内办结的申请按年度报告表三的办理结果分类（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）统计的件数。"),
        new(AppealsCorrected, "复议诉讼被纠错", IndicatorKind.Fault, "件",
            "考核期内审结的因政府信息公开引起的行政复议、行政诉讼中，结果为被纠正的件数。"),
        new(Satisfaction, "社会评议满意率", IndicatorKind.Rate, "%",
            "考核期内公众对本单位公开信息和申请答复作出的评价中，“满意”和“基本满意”所占的比例；没有评价的不计算。明细列出考核期内的全部评价。"),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByKey = All.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public static IndicatorDefinition Get(string key) => ByKey[key];

    public static bool IsKnown(string? key) => key is not null && ByKey.ContainsKey(key);

    public static decimal? Rate(int count, int total) => total == 0 ? null : Math.Round(100m * count / total, 1);
}
