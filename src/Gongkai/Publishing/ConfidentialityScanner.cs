using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Publishing;

/// <summary>One thing the confidentiality scan found: where, what kind, and the masked text (never the clear text).</summary>
public sealed record ScanFinding(string Field, int Position, int Length, string Kind, string Masked);

/// <summary>
/// The confidentiality scan (保密审查) of text, pure: resident ID numbers (GB 11643 check digit; 15-digit old form),
/// mobile and landline numbers, bank cards (Luhn), e-mail addresses, classification marks and listed sensitive words.
/// A number shaped like an ID number whose check digit is wrong is not flagged.
/// </summary>
public static partial class ConfidentialityScanner
{
    public const string ResidentId = "residentId";
    public const string Mobile = "mobile";
    public const string Landline = "landline";
    public const string BankCard = "bankCard";
    public const string Email = "email";
    public const string ClassificationMark = "classificationMark";
    public const string SensitiveWord = "sensitiveWord";

    public static List<ScanFinding> Scan(string field, string? text, IReadOnlyCollection<string>? sensitiveWords = null)
    {
        var found = new List<ScanFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        foreach (Match m in NumberRun().Matches(text))
        {
            if (ClassifyNumber(m.Value) is { } kind)
            {
                found.Add(new ScanFinding(field, m.Index, m.Length, kind, MaskValue(kind, m.Value)));
            }
        }
        Add(found, field, LandlinePattern().Matches(text), Landline);
        Add(found, field, EmailPattern().Matches(text), Email);
        Add(found, field, MarkPattern().Matches(text), ClassificationMark);
        foreach (var word in sensitiveWords ?? [])
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); word.Length > 0 && at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                found.Add(new ScanFinding(field, at, word.Length, SensitiveWord, MaskValue(SensitiveWord, word)));
            }
        }
        return found.OrderBy(f => f.Position).ToList();
    }

    /// <summary>The kind of a run of digits, or null when it is nothing personal.</summary>
    public static string? ClassifyNumber(string run)
    {
        if (run.Length == 18 && ResidentIdNumber.LooksLike18(run))
        {
            return ResidentIdNumber.IsValid18(run) ? ResidentId : null;
        }
        if (run.Length == 15 && ResidentIdNumber.IsValid15(run))
        {
            return ResidentId;
        }
        if (!run.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (run.Length == 11 && run[0] == '1' && run[1] is >= '3' and <= '9')
        {
            return Mobile;
        }
        var idLike = run.Length == 17 && ResidentIdNumber.LooksLike18(run + "0");
        return run.Length is >= 16 and <= 19 && !idLike && Luhn(run) ? BankCard : null;
    }

    public static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    public static string MaskValue(string kind, string value) => kind switch
    {
        ResidentId => value[..6] + new string('*', value.Length - 10) + value[^4..],
        Mobile => value[..3] + "****" + value[^4..],
        BankCard => value[..4] + new string('*', value.Length - 8) + value[^4..],
        Landline => value[..^4].Length > 0 ? Regex.Replace(value[..^4], @"\d(?=\d{0,3}$)", "*") + value[^4..] : value,
        Email => value[..1] + "***" + value[value.IndexOf('@', StringComparison.Ordinal)..],
        _ => new string('＊', value.Length),
    };

    /// <summary>Replaces each finding of <paramref name="field"/> in the text by its masked form.</summary>
    public static string Mask(string text, string field, IEnumerable<ScanFinding> findings)
    {
        var result = new StringBuilder(text);
        var end = int.MaxValue;
        foreach (var f in findings.Where(f => f.Field == field).OrderByDescending(f => f.Position))
        {
            if (f.Position + f.Length > end)
            {
                continue; // overlapping finding, already masked by the later one
            }
            result.Remove(f.Position, f.Length).Insert(f.Position, f.Masked);
            end = f.Position;
        }
        return result.ToString();
    }

    /// <summary>A stable fingerprint of a set of findings, so an override covers exactly what the reviewer saw.</summary>
    public static string Fingerprint(IEnumerable<ScanFinding> findings)
    {
        var text = string.Join('\n', findings.Select(f => $"{f.Field}:{f.Kind}:{f.Position}:{f.Masked}").Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static void Add(List<ScanFinding> found, string field, MatchCollection matches, string kind)
    {
        foreach (Match m in matches)
        {
            found.Add(new ScanFinding(field, m.Index, m.Length, kind, MaskValue(kind, m.Value)));
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{11,19}[Xx]?(?![0-9A-Za-z])")]
    private static partial Regex NumberRun();

    [GeneratedRegex(@"(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)\d{7,8}(?!\d)")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // 商业秘密 and 国家秘密 are ordinary legal words, not marks.
    [GeneratedRegex(@"(?:绝密|机密|(?<!商业|国家)秘密)(?:\s*★\s*[0-9一二三四五六七八九十]{0,3}年?)?|★\s*(?:绝密|机密|秘密)|内部(?:资料|文件|使用|刊物|材料|事项|明电)")]
    private static partial Regex MarkPattern();
}
