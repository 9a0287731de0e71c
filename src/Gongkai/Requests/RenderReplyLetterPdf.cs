using Gongkai.Reports.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Requests;

/// <summary>
/// The reply letter (答复告知书) as PDF: the same <see cref="ReplyLetterText"/> as the DOCX, A4 with GB/T 9704 margins,
/// title 22 pt centred, body 16 pt (三号) with two-character first-line indents, the CJK font embedded.
/// </summary>
public static class RenderReplyLetterPdf
{
    private const double Mm = 72 / 25.4;

    public static byte[] Build(ReplyLetterText letter)
    {
        CjkFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = letter.Title + letter.Reference;
        var writer = new PdfPageWriter(pdf, 28 * Mm, 26 * Mm, 37 * Mm, 35 * Mm);
        var title = new XFont(CjkFontResolver.Face, 22);
        var body = new XFont(CjkFontResolver.Face, 16);
        writer.Paragraph(letter.Title, title, center: true, indent: false, lineHeight: 40);
        writer.Paragraph(letter.Reference, body, center: true, indent: false, lineHeight: 40);
        for (var i = 0; i < letter.Body.Count; i++)
        {
            writer.Paragraph(letter.Body[i], body, center: false, indent: i > 0, lineHeight: 28);
        }
        writer.Paragraph("\u3000", body, center: false, indent: false, lineHeight: 28);
        writer.ParagraphRight(letter.Signature, body, lineHeight: 28);
        writer.ParagraphRight(letter.Date, body, lineHeight: 28);
        writer.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }
}
