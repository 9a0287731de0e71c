using System.Globalization;
using Gongkai.Reports.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Supervision;

/// <summary>
/// A circular (通报) as PDF, laid out like its DOCX (A4, GB/T 9704 margins, 22pt title, 16pt body, 【…】 lines as headings)
/// with the CJK font embedded so its text extracts. Reuses the annual report's page writer.
/// </summary>
public static class RenderCircularPdf
{
    public const string ContentType = "application/pdf";
    private const double Mm = 72 / 25.4;

    public static byte[] Render(string title, string text, string issuer, DateOnly date)
    {
        CjkFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = title;
        var writer = new PdfPageWriter(pdf, 28 * Mm, 26 * Mm, 37 * Mm, 35 * Mm);
        writer.Paragraph(title, new XFont(CjkFontResolver.Face, 22), center: true, indent: false, lineHeight: 36);
        var heading = new XFont(CjkFontResolver.Face, 16, XFontStyleEx.Bold);
        var body = new XFont(CjkFontResolver.Face, 16);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var isHeading = line.StartsWith('【') && line.EndsWith('】');
            var salutation = line.EndsWith('：') && !isHeading;
            writer.Paragraph(isHeading ? line.Trim('【', '】') : line, isHeading ? heading : body, center: false, indent: !salutation, lineHeight: 28);
        }
        writer.Paragraph(issuer, body, center: false, indent: false, lineHeight: 28);
        writer.Paragraph(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), body, center: false, indent: false, lineHeight: 28);
        writer.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }
}
