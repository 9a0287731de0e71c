using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Rendering;

/// <summary>An official table in WordprocessingML: a tblGrid, gridSpan for merged columns, vMerge for merged rows.</summary>
internal static class DocxTable
{
    private const int Width = 8845; // text width: 210 mm − 28 − 26 mm, in twips

    public static Table Build(ReportTable source, string font, int size)
    {
        var placed = source.Place();
        var colWidth = Width / source.Columns;
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = Width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center }, border(), new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, source.Columns).Select(_ => new GridColumn { Width = colWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < source.Rows.Count; r++)
        {
            var row = new TableRow();
            var c = 0;
            while (c < source.Columns)
            {
                var start = placed.FirstOrDefault(p => p.Row == r && p.Column == c);
                var above = start is null ? placed.First(p => p.Column == c && p.Row < r && p.Row + p.Cell.RowSpan > r) : null;
                var cell = start?.Cell ?? above!.Cell;
                var props = new TableCellProperties(new TableCellWidth { Width = (colWidth * cell.ColSpan).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.ColSpan > 1) props.Append(new GridSpan { Val = cell.ColSpan });
                if (cell.RowSpan > 1) props.Append(new VerticalMerge { Val = start is null ? MergedCellValues.Continue : MergedCellValues.Restart });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
                if (start is not null)
                {
                    paragraph.Append(new Run(DocxReportRenderer.Font(font, size, bold: cell.Header), new Text(cell.Text)));
                }
                row.Append(new DocumentFormat.OpenXml.Wordprocessing.TableCell(props, paragraph));
                c += cell.ColSpan;
            }
            table.Append(row);
        }
        return table;
    }
}
