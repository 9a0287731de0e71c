namespace Gongkai.Publishing;

/// <summary>Near-duplicate detection (pure): character-bigram Jaccard similarity of titles and bodies.</summary>
public static class NearDuplicates
{
    public const double TitleThreshold = 0.8;
    public const double BodyThreshold = 0.9;

    public static HashSet<string> Bigrams(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return set;
        }
        var chars = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            set.Add(new string(chars, i, 2));
        }
        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static bool Similar(string titleA, string? bodyA, string titleB, string? bodyB) =>
        Jaccard(Bigrams(titleA), Bigrams(titleB)) >= TitleThreshold
        || (bodyA is { Length: > 20 } && Jaccard(Bigrams(bodyA), Bigrams(bodyB)) >= BodyThreshold);
}
