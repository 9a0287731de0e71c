using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports;
using Gongkai.Reports.Rendering;

namespace Gongkai.Tests.Reports;

public sealed class RendererTests
{
    public static TheoryData<string> Templates => new() { ReportTemplates.F2021, ReportTemplates.F2019, ReportTemplates.F2008 };

    private static ReportDocument Sample(string template) => template == ReportTemplates.F2008 ? SampleReports.Seed2014() : SampleReports.Of2021(template);

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_docx_passes_the_OpenXml_validator_and_reads_back(string template)
    {
        var bytes = new DocxReportRenderer().Render(Sample(template));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("方正县", text);
        var section = body.GetFirstChild<SectionProperties>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        var title = body.Elements<Paragraph>().First();
        Assert.Equal(DocxReportRenderer.TitleFont, title.Descendants<RunFonts>().First().EastAsia!.Value);
        Assert.Equal("44", title.Descendants<FontSize>().First().Val!.Value);
        Assert.Contains(doc.MainDocumentPart.FooterParts.Single().Footer!.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        if (template != ReportTemplates.F2008)
        {
            Assert.All(body.Elements<Table>(), t => Assert.NotNull(t.GetFirstChild<TableGrid>()));
            Assert.Contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", text);
            Assert.Contains("1.2345", text);
        }
        else
        {
            Assert.Contains("全年主动公开各类政务信息4395条。其中，政府网站公开972条", text);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_pdf_text_extracts_with_its_labels_and_figures(string template)
    {
        var bytes = new PdfReportRenderer().Render(Sample(template));
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfToText(bytes);
        Assert.Contains("政府信息公开工作年度报告", text);
        if (template == ReportTemplates.F2008)
        {
            Assert.Contains("4395", text);
            Assert.Contains("政务公开网公开349条", text);
        }
        else
        {
            Assert.Contains("行政规范性文件", text.Replace("\n", "", StringComparison.Ordinal));
            Assert.Contains("结转下年度继续办理", text);
            Assert.Contains("1.2345", text);
        }
    }

    [Fact]
    public void The_xlsx_has_one_sheet_per_table_with_the_figures()
    {
        var bytes = new XlsxReportRenderer().Render(SampleReports.Of2021());
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        Assert.Contains("二、主动公开", workbook);
        Assert.Contains("三、申请情况", workbook);
        Assert.Contains("四、复议诉讼", workbook);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), sheetName: "三、申请情况").Cast<IDictionary<string, object>>().ToList();
        var received = rows.Single(r => Equals(r["A"], "一、本年新收政府信息公开申请数量"));
        Assert.Equal(2m, Convert.ToDecimal(received["J"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_html_has_the_six_headings_the_official_labels_and_merged_cells()
    {
        var html = Encoding.UTF8.GetString(new HtmlReportRenderer().Render(SampleReports.Of2021()));
        foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html);
        }
        Assert.Contains("<th colspan=\"5\">法人或其他组织</th>", html);
        Assert.Contains("<th rowspan=\"22\">三、本年度办理结果</th>", html);
        Assert.Contains("<th rowspan=\"8\">（三）不予公开</th>", html);
        Assert.Contains("<th colspan=\"5\" rowspan=\"2\">行政复议</th>", html);
        Assert.Contains("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", html);
    }

    [Fact]
    public void Every_table_fits_its_grid() =>
        Assert.All(new[] { ReportTemplates.F2021, ReportTemplates.F2019 }, t =>
            Assert.All(ReportTables.Sections(SampleReports.Of2021(t)).SelectMany(s => s.Tables), table =>
                Assert.Equal(table.Rows.Count * table.Columns, table.Place().Sum(p => p.Cell.ColSpan * p.Cell.RowSpan))));

    private static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
