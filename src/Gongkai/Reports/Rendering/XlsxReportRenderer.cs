using MiniExcelLibs;

namespace Gongkai.Reports.Rendering;

/// <summary>The tables as a workbook, one sheet per table (二, 三, 四); the 2008 format has one sheet of its figures.</summary>
internal sealed class XlsxReportRenderer : IReportRenderer
{
    public string Format => "xlsx";
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Render(ReportDocument document)
    {
        var sheets = new Dictionary<string, object>();
        if (document.Report is AnnualReport2021 r)
        {
            sheets["二、主动公开"] = ReportTables.Proactive(r).SelectMany((t, i) => (i == 0 ? [] : new[] { Blank(4) }).Concat(Grid(t, 4))).ToList();
            sheets["三、申请情况"] = Grid(ReportTables.Requests(r));
            sheets["四、复议诉讼"] = Grid(ReportTables.Appeals(r));
        }
        else if (document.Report is AnnualReport2008 old)
        {
            sheets["统计"] = new List<Dictionary<string, object>>
            {
                Pair("主动公开信息总数", old.Proactive.Total), Pair("其中：政府网站", old.Proactive.ByChannel.Website),
                Pair("政务公开网", old.Proactive.ByChannel.GovAffairsSite), Pair("综合行政服务大厅（窗口）", old.Proactive.ByChannel.ServiceHall),
                Pair("其他公开途径", old.Proactive.ByChannel.Other), Pair("收到申请", old.Requests.Received), Pair("已受理", old.Requests.Accepted),
                Pair("已答复", old.Requests.Answered), Pair("行政复议", old.Appeals.Review), Pair("行政诉讼", old.Appeals.Litigation),
            };
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: document.Report is AnnualReport2008);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Pair(string label, int value) => new() { ["项目"] = label, ["数量"] = value };

    private static Dictionary<string, object> Blank(int columns) => Enumerable.Range(0, columns).ToDictionary(c => Col(c), _ => (object)"");

    /// <summary>The placed grid as rows of cells (a merged cell's text in its first cell, numbers as numbers).</summary>
    private static List<Dictionary<string, object>> Grid(ReportTable table, int? width = null)
    {
        var rows = Enumerable.Range(0, table.Rows.Count).Select(_ => Enumerable.Range(0, width ?? table.Columns).ToDictionary(Col, _ => (object)"")).ToList();
        foreach (var p in table.Place())
        {
            rows[p.Row][Col(p.Column)] = !p.Cell.Header && decimal.TryParse(p.Cell.Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : p.Cell.Text;
        }
        return rows;
    }

    private static string Col(int index) => ((char)('A' + index)).ToString();
}
