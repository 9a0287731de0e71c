using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Channels;

/// <summary>The text of sanitised HTML (pure), for summaries and screens.</summary>
public static partial class PlainText
{
    public static string Of(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
