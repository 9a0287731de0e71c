using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Catalog;

/// <summary>The values a 索引号 pattern can use.</summary>
public sealed record IndexNumberParts(string? CreditCode, string? OrgCode, string? Region, DateOnly Day, string? Category, int Sequence);

/// <summary>
/// Formats a 索引号 from a per-unit pattern (pure). Tokens: {uscc} 统一社会信用代码, {orgcode} 组织机构代码,
/// {region} 行政区划代码, {yyyy}, {yyyymm}, {category} 目录节点, {seq:N} the sequence padded to N digits.
/// </summary>
public static partial class IndexNumberFormat
{
    public const string Default = "{orgcode}/{yyyy}-{seq:5}";

    public static string Format(string pattern, IndexNumberParts parts)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match token in Token().Matches(pattern))
        {
            result.Append(pattern, last, token.Index - last);
            result.Append(Value(token.Groups[1].Value, token.Groups[2].Value, parts));
            last = token.Index + token.Length;
        }
        result.Append(pattern, last, pattern.Length - last);
        return result.ToString();
    }

    /// <summary>The problems of a pattern, in Chinese; empty when it is usable.</summary>
    public static IEnumerable<string> Problems(string pattern)
    {
        var tokens = AnyToken().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        if (!tokens.Contains("seq"))
        {
            yield return "索引号规则必须包含流水号 {seq:N}，否则无法保证唯一";
        }
        foreach (var unknown in tokens.Where(t => t is not ("uscc" or "orgcode" or "region" or "yyyy" or "yyyymm" or "category" or "seq")))
        {
            yield return $"未知的占位符 {{{unknown}}}";
        }
        if (AnyToken().Replace(pattern, "").IndexOfAny(['{', '}']) >= 0)
        {
            yield return "占位符格式有误";
        }
    }

    private static string Value(string name, string width, IndexNumberParts p) => name switch
    {
        "uscc" => p.CreditCode ?? p.OrgCode ?? "",
        "orgcode" => p.OrgCode ?? p.CreditCode ?? "",
        "region" => p.Region ?? "",
        "yyyy" => p.Day.Year.ToString("D4", CultureInfo.InvariantCulture),
        "yyyymm" => p.Day.ToString("yyyyMM", CultureInfo.InvariantCulture),
        "category" => p.Category ?? "",
        "seq" => p.Sequence.ToString("D" + (width.Length > 0 ? width : "5"), CultureInfo.InvariantCulture),
        _ => "",
    };

    [GeneratedRegex(@"\{(uscc|orgcode|region|yyyymm|yyyy|category|seq)(?::(\d{1,2}))?\}")]
    private static partial Regex Token();

    [GeneratedRegex(@"\{(\w+)(?::\d{1,2})?\}")]
    private static partial Regex AnyToken();
}
