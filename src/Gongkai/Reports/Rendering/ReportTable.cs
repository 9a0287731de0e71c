namespace Gongkai.Reports.Rendering;

/// <summary>
/// A cell of an official table; spans merge cells as the State Council's format does. <see cref="Cell"/> is the figure's
/// drill-down key (<see cref="DrillDown"/>) where the records behind it can be listed.
/// </summary>
public sealed record TableCell(string Text, int ColSpan = 1, int RowSpan = 1, bool Header = false, string? Cell = null);

/// <summary>A cell placed on the table's grid.</summary>
public sealed record PlacedCell(int Row, int Column, TableCell Cell);

/// <summary>
/// One official table, format-neutral: rows of cells as HTML writes them (a cell covered by a span from
/// above is simply absent). <see cref="Place"/> resolves the grid for renderers that need it (DOCX, PDF).
/// </summary>
public sealed record ReportTable(int Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    public IReadOnlyList<PlacedCell> Place()
    {
        var taken = new bool[Rows.Count, Columns];
        var placed = new List<PlacedCell>();
        for (var r = 0; r < Rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in Rows[r])
            {
                while (c < Columns && taken[r, c])
                {
                    c++;
                }
                if (c + cell.ColSpan > Columns || r + cell.RowSpan > Rows.Count)
                {
                    throw new InvalidOperationException($"table cell '{cell.Text}' overflows the grid at row {r}, column {c}");
                }
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        taken[r + dr, c + dc] = true;
                    }
                }
                placed.Add(new PlacedCell(r, c, cell));
                c += cell.ColSpan;
            }
        }
        return placed;
    }
}

/// <summary>A section of the report as renderers lay it out: a heading, then paragraphs or tables.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportTable> Tables);
