namespace Gongkai.Reports;

/// <summary>The arithmetic every 2019/2021 report must satisfy (annual-report-formats.json "checks").</summary>
public static class ReportChecks
{
    public const string Balance = "1+2=3.7+4";
    public const string TotalColumn = "total=sum(applicants)";
    public const string ResultsTotal = "3.7=sum(3.x)";
    public const string CarryOver = "2=4(previousYear)";
    public static string AppealBlockRule(string block) => $"appeals.{block}.total=sum";

    public static IReadOnlyList<CheckResult> Run(RequestTable table, AppealTable appeals, RequestTable? previousYear)
    {
        var n = ApplicantColumns.Codes.Length;
        var outcomeRows = table.Rows.Keys.Where(k => new RequestRow(k, null, null, "").IsOutcome).ToList();
        var checks = new List<CheckResult>
        {
            Columns(Balance, "第一项加第二项之和不等于第三项（七）加第四项之和", n,
                c => table.Cell("1", c) + table.Cell("2", c) == table.Cell("3.7", c) + table.Cell("4", c)),
            Rows(TotalColumn, "总计列不等于各申请人列之和", table),
            Columns(ResultsTotal, "（七）总计不等于各办理结果之和", n,
                c => table.Cell("3.7", c) == outcomeRows.Sum(r => table.Cell(r, c))),
            Block("review", "行政复议", appeals.Review),
            Block("litigationDirect", "未经复议直接起诉", appeals.LitigationDirect),
            Block("litigationAfterReview", "复议后起诉", appeals.LitigationAfterReview),
        };
        if (previousYear is not null)
        {
            checks.Add(Columns(CarryOver, "本年“上年结转”不等于上年“结转下年度继续办理”", n,
                c => table.Cell("2", c) == previousYear.Cell("4", c)));
        }
        return checks;
    }

    private static CheckResult Columns(string rule, string message, int columns, Func<int, bool> holds)
    {
        var failing = Enumerable.Range(0, columns).Where(c => !holds(c)).Select(c => ApplicantColumns.Labels[c]).ToList();
        return new CheckResult(rule, failing.Count == 0) { Detail = failing.Count == 0 ? null : $"{message}（{string.Join("、", failing)}列）" };
    }

    private static CheckResult Rows(string rule, string message, RequestTable table)
    {
        var failing = table.Rows.Where(r => r.Value[ApplicantColumns.Total] != r.Value.Take(ApplicantColumns.Total).Sum()).Select(r => r.Key).ToList();
        return new CheckResult(rule, failing.Count == 0) { Detail = failing.Count == 0 ? null : $"{message}（第{string.Join("、", failing)}行）" };
    }

    private static CheckResult Block(string block, string label, AppealBlock b)
    {
        var ok = b.Total == b.Upheld + b.Corrected + b.Other + b.Pending;
        return new CheckResult(AppealBlockRule(block), ok) { Detail = ok ? null : $"{label}的总计不等于维持、纠正、其他结果与尚未审结之和" };
    }
}
