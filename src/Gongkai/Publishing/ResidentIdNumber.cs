using System.Globalization;

namespace Gongkai.Publishing;

/// <summary>公民身份号码 (GB 11643): 18 characters with an ISO 7064 MOD 11-2 check character, or the old 15 digits.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    public static bool IsValid18(ReadOnlySpan<char> s) =>
        s.Length == 18 && AllDigits(s[..17]) && HasBirthDate(s.Slice(6, 8), "yyyyMMdd")
        && char.ToUpperInvariant(s[17]) == CheckCharacter(s[..17]);

    public static bool IsValid15(ReadOnlySpan<char> s) =>
        s.Length == 15 && AllDigits(s) && s[0] != '0' && HasBirthDate(s.Slice(6, 6), "yyMMdd");

    /// <summary>An 18-character run that looks like an ID number by its birth date, valid or not.</summary>
    public static bool LooksLike18(ReadOnlySpan<char> s) =>
        s.Length == 18 && AllDigits(s[..17]) && HasBirthDate(s.Slice(6, 8), "yyyyMMdd");

    private static bool HasBirthDate(ReadOnlySpan<char> s, string format) =>
        DateOnly.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 1900;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
