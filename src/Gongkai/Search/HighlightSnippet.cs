using System.Net;
using System.Text;

namespace Gongkai.Search;

/// <summary>
/// A short excerpt of plain text around the first match, HTML-escaped, each match wrapped in <c>&lt;em&gt;</c>.
/// Matches are found on the normalized text with the same substring rule the index matches with, so every
/// occurrence the search found is marked (a segmenter would miss the words it splits differently).
/// </summary>
public static class HighlightSnippet
{
    public const int DefaultLength = 120;
    private const int Lead = 20;

    /// <summary>The excerpt, or null when the text contains none of the words.</summary>
    public static string? Make(string text, IEnumerable<string> words, int length = DefaultLength)
    {
        var spans = Matches(SearchText.Normalize(text), words);
        if (spans.Count == 0)
        {
            return null;
        }
        var start = Math.Max(0, spans[0].Start - Lead);
        var end = Math.Min(text.Length, start + length);
        if (end - start < length)
        {
            start = Math.Max(0, end - length);
        }
        var html = new StringBuilder();
        if (start > 0) html.Append('…');
        var at = start;
        foreach (var (s, e) in spans.Where(m => m.End > start && m.Start < end))
        {
            var from = Math.Max(s, start);
            var to = Math.Min(e, end);
            Append(html, text, at, from);
            html.Append("<em>");
            Append(html, text, from, to);
            html.Append("</em>");
            at = to;
        }
        Append(html, text, at, end);
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    /// <summary>The beginning of the text, escaped, for a hit that matched elsewhere (the title, a 文号).</summary>
    public static string Plain(string text, int length = DefaultLength)
    {
        var html = new StringBuilder();
        Append(html, text, 0, Math.Min(text.Length, length));
        if (text.Length > length) html.Append('…');
        return html.ToString();
    }

    private static List<(int Start, int End)> Matches(string normalized, IEnumerable<string> words)
    {
        var found = new List<(int Start, int End)>();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var i = normalized.IndexOf(word, StringComparison.Ordinal); i >= 0; i = normalized.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                found.Add((i, i + word.Length));
            }
        }
        found.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in found)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private static void Append(StringBuilder html, string text, int from, int to)
    {
        if (to > from)
        {
            html.Append(WebUtility.HtmlEncode(text[from..to].Replace('\n', ' ').Replace('\r', ' ')));
        }
    }
}
