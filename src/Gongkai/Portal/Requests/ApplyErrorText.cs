using System.Text.RegularExpressions;
using Gongkai.Infrastructure;

namespace Gongkai.Portal.Requests;

/// <summary>
/// A validation message of the request form in the page's language: the Chinese of <c>FileRequest</c> as it is, or in
/// English mode the fixed messages and the patterns (“…不能为空”, “…不能超过n个字符”, “…无效，应为：…”) through the
/// portal's text catalogue. A message it does not know stays Chinese.
/// </summary>
public static partial class ApplyErrorText
{
    public static string Translate(string message, Texts t)
    {
        if (!Texts.IsEnglish || t.HasEnglish(message))
        {
            return t[message];
        }
        if (UnknownUnit().Match(message) is { Success: true } unit)
        {
            return t.Format("受理单位“{0}”不存在", unit.Groups[1].Value);
        }
        if (Required().Match(message) is { Success: true } required)
        {
            return t.Format("{0}不能为空", t[required.Groups[1].Value]);
        }
        if (TooLong().Match(message) is { Success: true } tooLong)
        {
            return t.Format("{0}不能超过{1}个字符", t[tooLong.Groups[1].Value], tooLong.Groups[2].Value);
        }
        if (Invalid().Match(message) is { Success: true } invalid)
        {
            return t.Format("{0}“{1}”无效，应为：{2}", t[invalid.Groups[1].Value], invalid.Groups[2].Value, invalid.Groups[3].Value.Replace("、", ", ", StringComparison.Ordinal));
        }
        return message;
    }

    [GeneratedRegex("^受理单位“(.*)”不存在$")]
    private static partial Regex UnknownUnit();

    [GeneratedRegex("^(.+)不能为空$")]
    private static partial Regex Required();

    [GeneratedRegex("^(.+)不能超过(\\d+)个字符$")]
    private static partial Regex TooLong();

    [GeneratedRegex("^(.+?)“(.*)”无效，应为：(.+)$")]
    private static partial Regex Invalid();
}
