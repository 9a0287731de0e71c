using Gongkai.Appeals;

namespace Gongkai.Reports;

/// <summary>
/// Table 四 from the appeals filed in the year, each by its result as of 31 December
/// (still open then → 尚未审结). The counting scope is not fixed nationally (DOMAIN.md §2.5); this one is stated in the report notes.
/// </summary>
public static class ComputeAppealTable
{
    public static AppealTable For(IEnumerable<AppealFact> appeals, int year)
    {
        var end = new DateOnly(year, 12, 31);
        var inYear = appeals.Where(a => a.FiledOn.Year == year).ToList();
        return new AppealTable(Block(inYear, "review", end), Block(inYear, "litigationDirect", end), Block(inYear, "litigationAfterReview", end));
    }

    private static AppealBlock Block(List<AppealFact> appeals, string kind, DateOnly end)
    {
        var results = appeals.Where(a => a.Kind == kind)
            .Select(a => a.ClosedOn is { } closed && closed <= end ? a.Result : "pending")
            .ToList();
        int Count(string result) => results.Count(r => r == result);
        var upheld = Count("upheld");
        var corrected = Count("corrected");
        var other = Count("other");
        var pending = Count("pending");
        return new AppealBlock(upheld, corrected, other, pending, upheld + corrected + other + pending);
    }
}
