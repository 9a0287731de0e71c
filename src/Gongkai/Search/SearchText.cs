using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Search;

/// <summary>
/// Text rules shared by indexing, querying and highlighting, so that the three agree exactly.
/// <see cref="Normalize"/> maps character for character (same length), so offsets in normalized text are
/// offsets in the original.
/// </summary>
public static partial class SearchText
{
    /// <summary>Lower case, full-width ASCII (Ａ１（) to half-width, ideographic space to space.</summary>
    public static string Normalize(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                c = ' ';
            }
            chars[i] = char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    /// <summary>The user's terms: normalized, split on whitespace, at most 10 of at most 50 characters.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : Normalize(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Length > 50 ? t[..50] : t).Distinct().Take(10).ToList();

    /// <summary>The characters of a whitespace-free term, a surrogate pair counting as one.</summary>
    public static List<string> Units(string term)
    {
        var units = new List<string>(term.Length);
        for (var i = 0; i < term.Length; i++)
        {
            if (char.IsHighSurrogate(term[i]) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
            {
                units.Add(term.Substring(i++, 2));
            }
            else
            {
                units.Add(term[i].ToString());
            }
        }
        return units;
    }

    /// <summary>
    /// The exact-match key of a 文号 or 索引号: normalized, without spaces, and the bracket variants people type
    /// (〔2014〕, [2014], 【2014】, (2014)) reduced to one.
    /// </summary>
    public static string NumberKey(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }
        var sb = new StringBuilder();
        foreach (var c in Normalize(number))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            sb.Append(c switch
            {
                '[' or '【' or '(' or '〔' or '［' or '﹝' or '（' => '〔',
                ']' or '】' or ')' or '〕' or '］' or '﹞' or '）' => '〕',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Plain text of an HTML body: scripts and styles dropped, block ends as line breaks, entities decoded.</summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var text = ScriptOrStyle().Replace(html, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/td|/th|/h[1-6]|/table|/blockquote|/section|/article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex BlankLines();
}
