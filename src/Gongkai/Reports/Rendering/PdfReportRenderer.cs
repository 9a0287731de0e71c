using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Reports.Rendering;

/// <summary>The report as PDF (PDFsharp) with the CJK font embedded, laid out like the DOCX: A4, GB/T 9704 margins.</summary>
internal sealed class PdfReportRenderer : IReportRenderer
{
    private const double Mm = 72 / 25.4;
    private static readonly double Left = 28 * Mm, Right = 26 * Mm, Top = 37 * Mm, Bottom = 35 * Mm;

    public string Format => "pdf";
    public string ContentType => "application/pdf";

    public byte[] Render(ReportDocument document)
    {
        CjkFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var writer = new PdfPageWriter(pdf, Left, Right, Top, Bottom);
        writer.Paragraph(document.Title, new XFont(CjkFontResolver.Face, 22), center: true, indent: false, lineHeight: 36);
        var heading = new XFont(CjkFontResolver.Face, 16, XFontStyleEx.Bold);
        var body = new XFont(CjkFontResolver.Face, 16);
        var cell = new XFont(CjkFontResolver.Face, 8);
        foreach (var section in ReportTables.Sections(document))
        {
            if (section.Heading.Length > 0)
            {
                writer.Paragraph(section.Heading, heading, center: false, indent: true, lineHeight: 28);
            }
            foreach (var paragraph in section.Paragraphs)
            {
                writer.Paragraph(paragraph, body, center: false, indent: true, lineHeight: 28);
            }
            foreach (var table in section.Tables)
            {
                writer.Table(table, cell);
            }
        }
        writer.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }
}
