using Gongkai.Appeals;

namespace Gongkai.Reports;

/// <summary>
/// Table 四 from the appeals filed in the year, each by its result as of 31 December (still open then → 尚未审结),
/// see <see cref="ReportCells.AppealCellOf"/>. The counting scope is not fixed nationally (DOMAIN.md §2.5); it is stated in
/// <see cref="ReportDefinitions"/>.
/// </summary>
public static class ComputeAppealTable
{
    public static AppealTable For(IEnumerable<AppealFact> appeals, int year)
    {
        var cells = appeals.Select(a => ReportCells.AppealCellOf(a, year)).OfType<(string Block, string Result)>().ToList();
        AppealBlock Block(string kind)
        {
            int Count(string result) => cells.Count(c => c.Block == kind && c.Result == result);
            var (upheld, corrected, other, pending) = (Count("upheld"), Count("corrected"), Count("other"), Count("pending"));
            return new AppealBlock(upheld, corrected, other, pending, upheld + corrected + other + pending);
        }
        return new AppealTable(Block("review"), Block("litigationDirect"), Block("litigationAfterReview"));
    }
}
