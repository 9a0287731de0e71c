using System.Net;
using System.Text;

namespace Gongkai.Reports.Rendering;

/// <summary>The report as an HTML fragment (for the portal page) or a whole page (for download).</summary>
internal sealed class HtmlReportRenderer : IReportRenderer
{
    public string Format => "html";
    public string ContentType => "text/html; charset=utf-8";

    public byte[] Render(ReportDocument document) => Encoding.UTF8.GetBytes(Page(document.Title, Fragment(document)));

    /// <summary>A whole page around a fragment (a published snapshot stores the fragment).</summary>
    public static string Page(string title, string fragment) =>
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>" +
        "<style>body{font-family:FangSong,'仿宋_GB2312',SimSun,serif;max-width:60em;margin:2em auto;line-height:1.8}" +
        "h1{text-align:center;font-family:'方正小标宋简体',SimSun,serif}table{border-collapse:collapse;margin:1em 0;width:100%}" +
        "td,th{border:1px solid #000;padding:.2em .4em;text-align:center}p{text-indent:2em}</style></head><body>\n" +
        fragment + "</body></html>\n";

    /// <summary>The report as a fragment; with <paramref name="link"/>, each figure cell links to the page listing its records (back office).</summary>
    public static string Fragment(ReportDocument document, Func<string, string>? link = null)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"annual-report\">\n<h1>").Append(E(document.Title)).Append("</h1>\n");
        foreach (var section in ReportTables.Sections(document))
        {
            if (section.Heading.Length > 0)
            {
                html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            }
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }
            foreach (var table in section.Tables)
            {
                Table(html, table, link);
            }
        }
        return html.Append("</article>\n").ToString();
    }

    private static void Table(StringBuilder html, ReportTable table, Func<string, string>? link)
    {
        html.Append("<table>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var tag = cell.Header ? "th" : "td";
                html.Append('<').Append(tag);
                if (cell.ColSpan > 1) html.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                html.Append('>');
                if (link is not null && cell.Cell is { } key)
                {
                    html.Append("<a href=\"").Append(E(link(key))).Append("\">").Append(E(cell.Text)).Append("</a>");
                }
                else
                {
                    html.Append(E(cell.Text));
                }
                html.Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
