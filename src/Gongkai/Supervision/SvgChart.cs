using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Supervision;

/// <summary>One bar: its label, value and the page listing the records behind it.</summary>
public sealed record ChartBar(string Label, decimal Value, string? Href = null);

/// <summary>
/// A server-rendered SVG bar chart (pure, no script): bars scaled to the largest value, each bar a link to its records,
/// a value label above it and the category below; accessible name and per-bar titles for screen readers.
/// </summary>
public static class SvgChart
{
    public const int Width = 560;
    public const int Height = 240;
    private const int Top = 24;
    private const int Bottom = 40;
    private const int Left = 12;

    public static string Bars(string title, IReadOnlyList<ChartBar> bars, string unit = "")
    {
        var plot = Height - Top - Bottom;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var slot = bars.Count == 0 ? 0 : (double)(Width - 2 * Left) / bars.Count;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plot}\" x2=\"{Width - Left}\" y2=\"{Top + plot}\" stroke=\"#888\" />");
        if (bars.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" fill=\"#666\">暂无数据</text>");
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = max <= 0 ? 0 : Math.Round((double)(b.Value / max) * plot, 1);
            var w = Math.Max(2, Math.Round(slot * 0.7, 1));
            var x = Math.Round(Left + i * slot + (slot - w) / 2, 1);
            var y = Math.Round(Top + plot - h, 1);
            var cx = Math.Round(x + w / 2, 1);
            var value = b.Value.ToString("0.#", CultureInfo.InvariantCulture);
            var open = b.Href is null ? "<g>" : $"<a href=\"{E(b.Href)}\">";
            sb.Append(open);
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{Math.Max(h, 1)}\" fill=\"#b22222\"><title>{E(b.Label)}：{value}{E(unit)}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{y - 4}\" text-anchor=\"middle\" font-size=\"11\">{value}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{Top + plot + 16}\" text-anchor=\"middle\" font-size=\"11\">{E(b.Label)}</text>");
            sb.Append(b.Href is null ? "</g>" : "</a>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
