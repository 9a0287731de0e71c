using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gongkai.Reports.Rendering;

/// <summary>Flows paragraphs and grid tables down A4 pages, wrapping Chinese text by character, with "— n —" page numbers.</summary>
internal sealed class PdfPageWriter(PdfDocument pdf, double left, double right, double top, double bottom)
{
    private readonly List<PdfPage> pages = [];
    private XGraphics? gfx;
    private double y;
    private double Width => XUnit.FromMillimeter(210).Point - left - right;
    private double PageBottom => XUnit.FromMillimeter(297).Point - bottom;

    public void Paragraph(string text, XFont font, bool center, bool indent, double lineHeight)
    {
        var g = Graphics();
        var lines = Wrap(g, (indent ? "\u3000\u3000" : "") + text, font, Width);
        foreach (var line in lines)
        {
            if (y + lineHeight > PageBottom) g = NewPage();
            var x = center ? left + (Width - g.MeasureString(line, font).Width) / 2 : left;
            g.DrawString(line, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
            y += lineHeight;
        }
    }

    /// <summary>A right-aligned line (the signature and date of a letter), kept two characters from the right margin.</summary>
    public void ParagraphRight(string text, XFont font, double lineHeight)
    {
        var g = Graphics();
        if (y + lineHeight > PageBottom) g = NewPage();
        var width = g.MeasureString(text + "\u3000\u3000", font).Width;
        g.DrawString(text, font, XBrushes.Black, new XPoint(left + Width - width, y), XStringFormats.TopLeft);
        y += lineHeight;
    }

    public void Table(ReportTable table, XFont font)
    {
        var g = Graphics();
        var placed = table.Place();
        var weights = Enumerable.Range(0, table.Columns).Select(c => Math.Clamp(
            placed.Where(p => p.Column == c && p.Cell.ColSpan == 1).Select(p => p.Cell.Text.Length).DefaultIfEmpty(2).Max(), 2, 12)).ToArray();
        var unit = Width / weights.Sum();
        var xs = new double[table.Columns + 1];
        for (var c = 0; c < table.Columns; c++) xs[c + 1] = xs[c] + weights[c] * unit;
        var lineHeight = font.Size * 1.4;
        var heights = Enumerable.Range(0, table.Rows.Count).Select(r => placed.Where(p => p.Row == r && p.Cell.RowSpan == 1)
            .Select(p => Wrap(g, p.Cell.Text, font, xs[p.Column + p.Cell.ColSpan] - xs[p.Column] - 4).Count * lineHeight + 4)
            .DefaultIfEmpty(lineHeight + 4).Max()).ToArray();
        var rowTops = new double[table.Rows.Count + 1];
        y += 6;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (y + heights[r] > PageBottom) g = NewPage();
            rowTops[r] = y;
            y += heights[r];
            rowTops[r + 1] = y;
        }
        var pen = new XPen(XColors.Black, 0.5);
        foreach (var p in placed)
        {
            var x0 = left + xs[p.Column];
            var w = xs[p.Column + p.Cell.ColSpan] - xs[p.Column];
            var h = Enumerable.Range(p.Row, p.Cell.RowSpan).Sum(r => heights[r]);
            g.DrawRectangle(pen, x0, rowTops[p.Row], w, h);
            var lines = Wrap(g, p.Cell.Text, font, w - 4);
            var ty = rowTops[p.Row] + (h - lines.Count * lineHeight) / 2;
            foreach (var line in lines)
            {
                g.DrawString(line, font, XBrushes.Black, new XPoint(x0 + (w - g.MeasureString(line, font).Width) / 2, ty), XStringFormats.TopLeft);
                ty += lineHeight;
            }
        }
        y += 12;
    }

    public void Finish()
    {
        gfx?.Dispose();
        var font = new XFont(CjkFontResolver.Face, 14);
        for (var i = 0; i < pages.Count; i++)
        {
            using var g = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            var label = $"— {i + 1} —";
            g.DrawString(label, font, XBrushes.Black, new XPoint((pages[i].Width.Point - g.MeasureString(label, font).Width) / 2, PageBottom + 30), XStringFormats.TopLeft);
        }
    }

    private XGraphics Graphics() => gfx ?? NewPage();

    private XGraphics NewPage()
    {
        gfx?.Dispose();
        var page = pdf.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        pages.Add(page);
        y = top;
        return gfx = XGraphics.FromPdfPage(page);
    }

    private const string NoLineStart = "，。、；：？！）》」』”’%";

    private static List<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (g.MeasureString(text[start..i], font).Width > width && i - 1 > start)
            {
                // 避头点: closing punctuation stays on the line it ends rather than opening the next.
                var cut = NoLineStart.Contains(text[i - 1]) && i < text.Length ? i : i - 1;
                lines.Add(text[start..cut]);
                start = cut;
                i = cut;
            }
        }
        lines.Add(text[start..]);
        return lines;
    }
}
