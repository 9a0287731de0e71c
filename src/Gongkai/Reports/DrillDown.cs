using Gongkai.Infrastructure;

namespace Gongkai.Reports;

/// <summary>The records behind one cell: the cell's value in the report, the records it counted, and entered figures (with no records) it added.</summary>
public sealed record DrillDownList(string Cell, string Title, int Value, IReadOnlyList<ReportRecord> Records, IReadOnlyList<ProactiveFigures> Entered);

/// <summary>
/// Drill-down from a cell of tables 二、三、四 to its records (pure). Cell keys: <c>requests:{row}:{column}</c> (column 0–6, 6 = 总计),
/// <c>appeals:{block}:{result|total}</c>, <c>documents:{regulation|normativeDocument}:{issued|repealed|inForce}</c>,
/// <c>decisions:{licensing|punishment|enforcement}</c>. The lists use <see cref="ReportCells"/>, as the tables do.
/// </summary>
public static class DrillDown
{
    public static DrillDownList For(KeyedReportFacts facts, int year, string template, string? cell)
    {
        var report = BuildAnnualReport.For2021(facts.Facts, year, "", "", template);
        var parts = (cell ?? "").Split(':');
        return parts switch
        {
            ["requests", var row, var col] when RequestRows.For(template).FirstOrDefault(r => r.Code == row) is { } label
                && int.TryParse(col, out var c) && c is >= 0 and <= ApplicantColumns.Total =>
                new(cell!, $"表三 {label.SubGroup}{label.Label} · {ApplicantColumns.Labels[c]}", report.Requests.Cell(row, c),
                    [.. facts.Requests.Where(k => (c == ApplicantColumns.Total || ApplicantColumns.IndexOf(k.Fact.ApplicantType) == c)
                        && ReportCells.RequestRowsOf(k.Fact, year, template).Contains(row)).Select(k => k.Record)], []),
            ["appeals", var block, var result] when ReportCells.AppealBlocks.Contains(block) && (ReportCells.AppealResults.Contains(result) || result == "total") =>
                new(cell!, $"表四 {BlockName(block)} · {ResultName(result)}", AppealValue(report.Appeals, block, result),
                    [.. facts.Appeals.Where(k => ReportCells.AppealCellOf(k.Fact, year) is { } x && x.Block == block && (result == "total" || x.Result == result))
                        .Select(k => k.Record)], []),
            ["documents", var kind and ("regulation" or "normativeDocument"), var measure] when ReportCells.DocumentMeasures.Contains(measure) =>
                new(cell!, $"表二 {(kind == "regulation" ? "规章" : "行政规范性文件")} · {MeasureName(measure)}", DocumentValue(report.Proactive, kind, measure),
                    [.. facts.Documents.Where(k => k.Fact.Kind == kind && ReportCells.DocumentMeasuresOf(k.Fact, year).Contains(measure)).Select(k => k.Record)], []),
            ["decisions", var kind] when ReportCells.DecisionKinds.Contains(kind) => Decisions(facts, report, year, cell!, kind),
            _ => throw ValidationException.For("cell", "没有这个表格单元格"),
        };
    }

    private static DrillDownList Decisions(KeyedReportFacts facts, AnnualReport2021 report, int year, string cell, string kind)
    {
        var entered = ReportCells.UnitsWithEnteredFigures(facts.Statistics, year);
        var value = kind switch { "licensing" => report.Proactive.Licensing, "punishment" => report.Proactive.Punishment, _ => report.Proactive.Enforcement };
        return new(cell, $"表二 {DecisionName(kind)} · 本年处理决定数量", value,
            [.. facts.Decisions.Where(k => k.Fact.Kind == kind && ReportCells.DecisionCounts(k.Fact, year, entered)).Select(k => k.Record)],
            [.. facts.Statistics.Where(s => s.Year == year)]);
    }

    /// <summary>What the cell adds up to from the list: records counted plus entered figures.</summary>
    public static int Sum(DrillDownList list) =>
        list.Records.Count + list.Entered.Sum(f => ReportCells.Entered(f, list.Cell.Split(':')[1]));

    public static string DecisionName(string kind) => kind switch { "licensing" => "行政许可", "punishment" => "行政处罚", _ => "行政强制" };

    private static int AppealValue(AppealTable t, string block, string result)
    {
        var b = block switch { "review" => t.Review, "litigationDirect" => t.LitigationDirect, _ => t.LitigationAfterReview };
        return result switch { "upheld" => b.Upheld, "corrected" => b.Corrected, "other" => b.Other, "pending" => b.Pending, _ => b.Total };
    }

    private static int DocumentValue(Proactive2021 p, string kind, string measure)
    {
        var counts = kind == "regulation" ? p.Regulations : p.NormativeDocuments;
        return measure switch { "issued" => counts.Issued, "repealed" => counts.Repealed, _ => counts.InForce };
    }

    private static string BlockName(string block) => block switch
    {
        "review" => "行政复议", "litigationDirect" => "行政诉讼（未经复议直接起诉）", _ => "行政诉讼（复议后起诉）",
    };

    private static string ResultName(string result) => result switch
    {
        "upheld" => "结果维持", "corrected" => "结果纠正", "other" => "其他结果", "pending" => "尚未审结", _ => "总计",
    };

    private static string MeasureName(string measure) => measure switch { "issued" => "本年制发件数", "repealed" => "本年废止件数", _ => "现行有效件数" };
}
