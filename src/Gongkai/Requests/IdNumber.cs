namespace Gongkai.Requests;

/// <summary>居民身份证号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, check character.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValidResidentId(string? number)
    {
        if (number is null || number.Length != 18)
        {
            return false;
        }
        number = number.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return false;
            }
            sum += (number[i] - '0') * Weights[i];
        }
        if (!DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", out var born) || born.Year < 1900)
        {
            return false;
        }
        return CheckCharacters[sum % 11] == number[17];
    }
}
