using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Attachments;

/// <summary>
/// Reads the plain text of a PDF (PdfPig), Word or Excel file (Open XML SDK) for the confidentiality scan and the
/// search. Images have no text (no OCR). A file that cannot be read is refused at upload: what cannot be scanned
/// cannot be published safely.
/// </summary>
public static class TextExtractor
{
    /// <summary>More text than this is cut (a 20 MB file rarely has more; the index and the scan stay bounded).</summary>
    public const int MaxChars = 2_000_000;

    public static string Extract(FileType type, byte[] content)
    {
        var text = type switch
        {
            _ when type == FileType.Pdf => Pdf(content),
            _ when type == FileType.Docx => Docx(content),
            _ when type == FileType.Xlsx => Xlsx(content),
            _ => "",
        };
        return text.Length > MaxChars ? text[..MaxChars] : text;
    }

    private static string Pdf(byte[] content)
    {
        using var pdf = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            text.AppendLine(page.Text);
        }
        return text.ToString();
    }

    private static string Docx(byte[] content)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }
        var paragraphs = body.Descendants<Word.Paragraph>().Select(p => p.InnerText);
        var parts = doc.MainDocumentPart!.HeaderParts.Select(h => h.Header?.InnerText ?? "")
            .Concat(doc.MainDocumentPart.FooterParts.Select(f => f.Footer?.InnerText ?? ""));
        return string.Join("\n", paragraphs.Concat(parts).Where(t => t.Length > 0));
    }

    private static string Xlsx(byte[] content)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
        var book = doc.WorkbookPart;
        if (book is null)
        {
            return "";
        }
        var shared = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in book.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet?.Descendants<Row>() ?? [])
            {
                var cells = row.Elements<Cell>().Select(c => CellText(c, shared)).Where(t => t.Length > 0);
                text.AppendLine(string.Join('\t', cells));
            }
        }
        return text.ToString();
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index))
        {
            return index >= 0 && index < shared.Count ? shared[index] : "";
        }
        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
    }
}
