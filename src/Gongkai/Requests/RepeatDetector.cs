namespace Gongkai.Requests;

/// <summary>Is a new request the same applicant asking the same thing again (可能的重复申请)? Pure.</summary>
public static class RepeatDetector
{
    public sealed record Candidate(string Number, string? IdNumber, string Name, string? Phone, string Subject);

    public static string? FindRepeat(string? idNumber, string name, string? phone, string subject, IEnumerable<Candidate> earlier) =>
        earlier.FirstOrDefault(c => SameApplicant(idNumber, name, phone, c) && IsSimilar(subject, c.Subject))?.Number;

    public static bool SameApplicant(string? idNumber, string name, string? phone, Candidate c) =>
        (!string.IsNullOrWhiteSpace(idNumber) && string.Equals(idNumber.Trim(), c.IdNumber?.Trim(), StringComparison.OrdinalIgnoreCase))
        || (!string.IsNullOrWhiteSpace(phone) && name.Trim() == c.Name.Trim() && phone.Trim() == c.Phone?.Trim());

    /// <summary>Character-bigram overlap (Dice) of the normalised subjects ≥ 0.6 — robust to small rewordings in Chinese.</summary>
    public static bool IsSimilar(string a, string b)
    {
        var x = Bigrams(Normalize(a));
        var y = Bigrams(Normalize(b));
        if (x.Count == 0 || y.Count == 0)
        {
            return Normalize(a) == Normalize(b);
        }
        var common = x.Intersect(y).Count();
        return 2.0 * common / (x.Count + y.Count) >= 0.6;
    }

    private static string Normalize(string s) =>
        new(s.Where(c => char.IsLetterOrDigit(c)).Select(char.ToLowerInvariant).ToArray());

    private static HashSet<string> Bigrams(string s) =>
        Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToHashSet();
}
