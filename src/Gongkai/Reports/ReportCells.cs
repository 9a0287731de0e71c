using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Requests;

namespace Gongkai.Reports;

/// <summary>
/// Which cells of tables 二、三、四 one fact counts in (pure). The tables are sums of these memberships and the
/// back office's drill-down lists the facts of one cell with the same functions, so a list always has the cell's length.
/// </summary>
public static class ReportCells
{
    public static readonly string[] AppealBlocks = ["review", "litigationDirect", "litigationAfterReview"];
    public static readonly string[] AppealResults = ["upheld", "corrected", "other", "pending"];
    public static readonly string[] DocumentMeasures = ["issued", "repealed", "inForce"];
    public static readonly string[] DecisionKinds = ["licensing", "punishment", "enforcement"];

    /// <summary>
    /// The rows of table 三 a request counts in for the year, in its applicant column: 一 when received in the year, 二 when
    /// received earlier and still open on 1 January; if closed by 31 December, its outcome row and （七）, otherwise 四.
    /// An outcome that is no row of the template counts in 一/二 only (the 1+2=3.7+4 check then names it).
    /// </summary>
    public static IReadOnlyList<string> RequestRowsOf(RequestFact r, int year, string template)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        if (r.ReceivedOn > end || (r.ReceivedOn < start && r.ClosedOn < start))
        {
            return [];
        }
        var rows = new List<string> { r.ReceivedOn >= start ? "1" : "2" };
        if (r.ClosedOn is { } closed && closed <= end)
        {
            if (RequestRows.RowFor(r.Outcome, template) is { } row && RequestRows.For(template).Any(x => x.Code == row && x.IsOutcome))
            {
                rows.Add(row);
                rows.Add("3.7");
            }
        }
        else
        {
            rows.Add("4");
        }
        return rows;
    }

    /// <summary>The block and result of table 四 an appeal counts in: filed in the year, its result as of 31 December (open then → pending).</summary>
    public static (string Block, string Result)? AppealCellOf(AppealFact a, int year)
    {
        if (a.FiledOn.Year != year || !AppealBlocks.Contains(a.Kind))
        {
            return null;
        }
        var result = a.ClosedOn is { } closed && closed <= new DateOnly(year, 12, 31) ? a.Result : "pending";
        return AppealResults.Contains(result) ? (a.Kind, result) : null;
    }

    /// <summary>Table 二 (第二十条第（一）项): issued = published in the year, repealed = repealed in the year, in force = published and not repealed by 31 December.</summary>
    public static IEnumerable<string> DocumentMeasuresOf(DocumentFact d, int year)
    {
        var end = new DateOnly(year, 12, 31);
        if (d.PublishedOn?.Year == year)
        {
            yield return "issued";
        }
        if (d.RepealedOn?.Year == year)
        {
            yield return "repealed";
        }
        if (d.PublishedOn <= end && !(d.RepealedOn <= end))
        {
            yield return "inForce";
        }
    }

    /// <summary>
    /// A published decision counts in table 二 when decided in the year and its unit entered no figures for that year:
    /// entered figures (from the licensing and enforcement systems) win for the whole unit.
    /// </summary>
    public static bool DecisionCounts(DecisionFact d, int year, IReadOnlySet<string> unitsWithEnteredFigures) =>
        d.DecidedOn.Year == year && !unitsWithEnteredFigures.Contains(d.UnitCode);

    public static IReadOnlySet<string> UnitsWithEnteredFigures(IEnumerable<ProactiveFigures> statistics, int year) =>
        statistics.Where(s => s.Year == year).Select(s => s.UnitCode).ToHashSet(StringComparer.Ordinal);

    public static int Entered(ProactiveFigures f, string kind) => kind switch
    {
        "licensing" => f.Licensing,
        "punishment" => f.Punishment,
        _ => f.Enforcement,
    };
}
