using Gongkai.Publishing;

namespace Gongkai.Requests;

/// <summary>居民身份证号码 (GB 11643-1999) as an applicant's identity document: the same rule the confidentiality scan uses.</summary>
public static class IdNumber
{
    public static bool IsValidResidentId(string? number) =>
        number is not null && ResidentIdNumber.IsValid18(number);
}
