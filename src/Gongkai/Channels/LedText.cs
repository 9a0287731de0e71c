using System.Globalization;
using System.Text;

namespace Gongkai.Channels;

/// <summary>The short text an LED screen scrolls (pure): the editor's text, else the title without its boilerplate; cut to the screen's limit.</summary>
public static class LedText
{
    public const int DefaultMaxLength = 60;
    private static readonly string[] Prefixes = ["方正县人民政府关于", "方正县关于", "关于"];

    public static string Derive(string title)
    {
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length + 4)
            {
                text = text[prefix.Length..];
                break;
            }
        }
        if (text.EndsWith("的通知", StringComparison.Ordinal) && text.Length > 7)
        {
            text = text[..^3];
        }
        return text;
    }

    /// <summary>Cuts to <paramref name="max"/> text elements (never halves a character), ending with … when cut.</summary>
    public static string Fit(string text, int max)
    {
        if (max < 2)
        {
            max = 2;
        }
        var elements = StringInfo.GetTextElementEnumerator(text);
        var result = new StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            if (++count > max)
            {
                var s = new StringInfo(result.ToString());
                return s.SubstringByTextElements(0, max - 1) + "…";
            }
            result.Append(elements.GetTextElement());
        }
        return result.ToString();
    }

    public static string For(string title, string? edited, int? max) =>
        Fit(string.IsNullOrWhiteSpace(edited) ? Derive(title) : edited.Trim(), max ?? DefaultMaxLength);
}
