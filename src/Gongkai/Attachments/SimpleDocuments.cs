using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Attachments;

/// <summary>
/// Small real documents (a title and paragraphs) as PDF, with the CJK font embedded, and as DOCX: the demo's
/// attachments, built at seed time with the report renderers' tools.
/// </summary>
internal static class SimpleDocuments
{
    private const double Mm = 72 / 25.4;

    public static byte[] Pdf(string title, IEnumerable<string> paragraphs)
    {
        CjkFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = title;
        var writer = new PdfPageWriter(pdf, 28 * Mm, 26 * Mm, 37 * Mm, 35 * Mm);
        writer.Paragraph(title, new XFont(CjkFontResolver.Face, 20), center: true, indent: false, lineHeight: 34);
        var body = new XFont(CjkFontResolver.Face, 14);
        foreach (var paragraph in paragraphs)
        {
            writer.Paragraph(paragraph, body, center: false, indent: true, lineHeight: 26);
        }
        writer.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    public static byte[] Docx(string title, IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new Bold(), new FontSize { Val = "36" }), new Text(title))));
            foreach (var paragraph in paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
