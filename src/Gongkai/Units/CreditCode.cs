namespace Gongkai.Units;

/// <summary>统一社会信用代码 (GB 32100-2015) and 组织机构代码 (GB 11714) check characters.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 18)
        {
            return false;
        }
        code = code.ToUpperInvariant();
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }
        var check = CheckCharacter(code.AsSpan(0, 17));
        return check is not null && check == code[17];
    }

    /// <summary>The 18th character for the first 17, or null when one of them is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(first17[i]));
            if (value < 0)
            {
                return null;
            }
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The 9th character of an organisation code (GB 11714) for its first 8.</summary>
    public static char OrgCheckCharacter(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = char.ToUpperInvariant(first8[i]);
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrgWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    /// <summary>Builds a valid code for a government organ (机构编制/机关, "11") from a region and an 8-character body.</summary>
    public static string ForOrgan(string region6, string orgBody8)
    {
        var org = orgBody8 + OrgCheckCharacter(orgBody8);
        var first17 = "11" + region6 + org;
        return first17 + CheckCharacter(first17);
    }

    /// <summary>The 9-character organisation code inside a credit code (positions 9–17).</summary>
    public static string? OrganisationCode(string? creditCode) =>
        creditCode is { Length: 18 } ? creditCode.Substring(8, 9) : null;
}
