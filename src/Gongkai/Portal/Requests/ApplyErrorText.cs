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
    /// <summary>Field names whose English in the shared catalogue means something else elsewhere (单位名称 = Unit name in the back office).</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal) { ["单位名称"] = "Organisation name" };

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
            return t.Format("{0}不能为空", Label(required.Groups[1].Value, t));
        }
        if (TooLong().Match(message) is { Success: true } tooLong)
        {
            return t.Format("{0}不能超过{1}个字符", Label(tooLong.Groups[1].Value, t), tooLong.Groups[2].Value);
        }
        if (Invalid().Match(message) is { Success: true } invalid)
        {
            return t.Format("{0}“{1}”无效，应为：{2}", Label(invalid.Groups[1].Value, t), invalid.Groups[2].Value, invalid.Groups[3].Value.Replace("、", ", ", StringComparison.Ordinal));
        }
        return message;
    }

    private static string Label(string chinese, Texts t) => Labels.GetValueOrDefault(chinese) ?? t[chinese];

    [GeneratedRegex("^受理单位“(.*)”不存在$")]
    private static partial Regex UnknownUnit();

    [GeneratedRegex("^(.+)不能为空$")]
    private static partial Regex Required();

    [GeneratedRegex("^(.+)不能超过(\\d+)个字符$")]
    private static partial Regex TooLong();

    [GeneratedRegex("^(.+?)“(.*)”无效，应为：(.+)$")]
    private static partial Regex Invalid();
}
