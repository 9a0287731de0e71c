namespace Gongkai.Reports;

/// <summary>
/// The report's counting definitions (统计口径), shown beside the tables in the back office and on every drill-down page.
/// Where the national format leaves the scope open (DOMAIN.md §2.4–2.5), the choice made here is written out.
/// </summary>
public static class ReportDefinitions
{
    public static readonly IReadOnlyList<(string Name, string Definition)> All =
    [
        ("规章、行政规范性文件", "本年制发件数：本年发布的该类信息件数；本年废止件数：废止日期在本年的件数；现行有效件数：截至12月31日已发布且未废止的件数。县级人民政府及其部门无权制定规章，该行为0。"),
        ("行政许可、行政处罚、行政强制", "本年处理决定数量：单位填报了本年统计数据的（来自许可、执法等业务系统，口径完整），以填报数为准；未填报的单位，按平台发布的行政许可决定、行政处罚决定、行政强制决定信息计数，以决定日期（成文日期）所在年度计入。同一单位不同时采用两种来源，以免重复。"),
        ("行政事业性收费", "本年收费金额按单位填报数合计，单位万元。"),
        ("收到和处理政府信息公开申请", "每件申请每年只计一次：本年收到的计入“一”，以前年度收到、1月1日仍未办结的计入“二”；12月31日前办结的按最终办理结果计入一个结果行（部分公开只计“（二）”），未办结的计入“四”。申请人类别按申请时登记的类型计入相应列。"),
        ("行政复议、行政诉讼", "按提起日期计入年度；截至12月31日已审结的按结果计入“结果维持”“结果纠正”“其他结果”（撤回、终止计入其他结果），未审结的计入“尚未审结”。"),
        ("信息处理费（收费及减免情况）", "按申请的收费记录统计：本年发出收费通知的件数和金额，本年缴费的件数和金额；发出收费通知后未缴费而作出答复决定（三（一）至（五））的计为减免；逾期未缴费不再处理的（三（六）2）单列；收费通知后申请人撤回的不计收取也不计减免。"),
    ];
}
