using System.Text.RegularExpressions;

namespace Gongkai.Reports;

/// <summary>Fills {placeholders} of a narrative with the report's figures.</summary>
public static partial class FillPlaceholders
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9.]*)\}")]
    private static partial Regex Placeholder();

    public static string Fill(string text, IReadOnlyDictionary<string, string> figures) =>
        Placeholder().Replace(text, m => figures.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    /// <summary>The placeholders of a text that are no figure of the report (an edited draft is refused with them).</summary>
    public static IReadOnlyList<string> Unknown(string text, IReadOnlyDictionary<string, string> figures) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(k => !figures.ContainsKey(k)).Distinct()];
}
