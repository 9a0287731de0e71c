using System.Globalization;

namespace Gongkai.Reports;

/// <summary>The figures a narrative may cite, as {placeholders}: every one comes from the report model, none is typed.</summary>
public static class ReportFigures
{
    public static IReadOnlyDictionary<string, string> Of(AnnualReport report, string unitName)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = N(report.Year),
            ["nextYear"] = N(report.Year + 1),
            ["unit.name"] = unitName,
            ["unit.short"] = ShortName(unitName),
            ["unit.we"] = We(unitName),
            // Filled by supervision (IReportFigureSource) for a government's report; empty otherwise.
            ["assessment.summary"] = "",
            ["assessment.problems"] = "",
        };
        switch (report)
        {
            case AnnualReport2008 r:
                f["fees.sentence"] = ComputeFees.Sentence(r.Fees);
                f["proactive.total"] = N(r.Proactive.Total);
                f["proactive.website"] = N(r.Proactive.ByChannel.Website);
                f["proactive.govAffairsSite"] = N(r.Proactive.ByChannel.GovAffairsSite);
                f["proactive.serviceHall"] = N(r.Proactive.ByChannel.ServiceHall);
                f["proactive.other"] = N(r.Proactive.ByChannel.Other);
                f["requests.received"] = N(r.Requests.Received);
                f["requests.accepted"] = N(r.Requests.Accepted);
                f["requests.answered"] = N(r.Requests.Answered);
                f["appeals.review"] = N(r.Appeals.Review);
                f["appeals.litigation"] = N(r.Appeals.Litigation);
                f["appeals.sentence"] = r.Appeals is { Review: 0, Litigation: 0 }
                    ? "全年工作中没有接到行政复议申请和行政诉讼请求。"
                    : $"全年因政府信息公开共接到行政复议申请{N(r.Appeals.Review)}件、行政诉讼{N(r.Appeals.Litigation)}件。";
                break;
            case AnnualReport2021 r:
                f["fees.sentence"] = ComputeFees.Sentence(r.Fees);
                var p = r.Proactive;
                f["regulations.issued"] = N(p.Regulations.Issued);
                f["regulations.repealed"] = N(p.Regulations.Repealed);
                f["regulations.inForce"] = N(p.Regulations.InForce);
                f["normativeDocuments.issued"] = N(p.NormativeDocuments.Issued);
                f["normativeDocuments.repealed"] = N(p.NormativeDocuments.Repealed);
                f["normativeDocuments.inForce"] = N(p.NormativeDocuments.InForce);
                f["licensing"] = N(p.Licensing);
                f["punishment"] = N(p.Punishment);
                f["enforcement"] = N(p.Enforcement);
                f["feesWan"] = Wan(p.FeesWan);
                int Total(string row) => r.Requests.Cell(row, ApplicantColumns.Total);
                int Sum(string prefix) => r.Requests.Rows.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Sum(Total);
                f["requests.received"] = N(Total("1"));
                f["requests.carriedOver"] = N(Total("2"));
                f["requests.closed"] = N(Total("3.7"));
                f["requests.granted"] = N(Total("3.1"));
                f["requests.partial"] = N(Total("3.2"));
                f["requests.refused"] = N(Sum("3.3"));
                f["requests.unavailable"] = N(Sum("3.4"));
                f["requests.notProcessed"] = N(Sum("3.5"));
                f["requests.other"] = N(Sum("3.6"));
                f["requests.carriedForward"] = N(Total("4"));
                f["appeals.review"] = N(r.Appeals.Review.Total);
                f["appeals.litigation"] = N(r.Appeals.LitigationDirect.Total + r.Appeals.LitigationAfterReview.Total);
                f["appeals.corrected"] = N(r.Appeals.Review.Corrected + r.Appeals.LitigationDirect.Corrected + r.Appeals.LitigationAfterReview.Corrected);
                f["appeals.pending"] = N(r.Appeals.Review.Pending + r.Appeals.LitigationDirect.Pending + r.Appeals.LitigationAfterReview.Pending);
                break;
        }
        return f;
    }

    /// <summary>方正县人民政府 → 方正县; a department keeps its name.</summary>
    public static string ShortName(string unitName) =>
        unitName.EndsWith("人民政府", StringComparison.Ordinal) && unitName.Length > 4 ? unitName[..^4] : unitName;

    private static string We(string unitName) => ShortName(unitName) switch
    {
        var s when s != unitName && s.EndsWith('县') => "我县",
        var s when s != unitName && s.EndsWith('区') => "我区",
        var s when s != unitName && s.EndsWith('市') => "我市",
        var s when s != unitName && s.EndsWith('镇') => "我镇",
        var s when s != unitName && s.EndsWith('乡') => "我乡",
        _ => "我单位",
    };

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Wan(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
