using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Requests;

namespace Gongkai.Reports;

/// <summary>
/// The seam between the records and the pure report model. An implementation returns, for the units, at least every
/// record that can count in a cell of <c>year</c> (<see cref="ReportRows"/>: requests received in the year or still open
/// on 1 January, appeals filed in the year, documents published by 31 December that can be issued, repealed or in force
/// then or are decisions of the year), and the proactive statistics of <c>year</c> and <c>year - 1</c>. Records that
/// count in no cell may be included or left out: the model gives them no cell (<see cref="ReportCells"/>).
/// </summary>
public interface IReportFacts
{
    Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct);
}

/// <summary>The pure input of the annual report.</summary>
public sealed record ReportFacts(
    IReadOnlyList<RequestFact> Requests,
    IReadOnlyList<AppealFact> Appeals,
    IReadOnlyList<DocumentFact> Documents,
    IReadOnlyList<ProactiveFigures> Statistics)
{
    public static ReportFacts Empty { get; } = new([], [], [], []);

    /// <summary>Published decision records (行政许可/处罚/强制决定), counted in table 二 for units without entered figures.</summary>
    public IReadOnlyList<DecisionFact> Decisions { get; init; } = [];

    /// <summary>The requests' fee records (收费及减免情况).</summary>
    public IReadOnlyList<FeeFact> Fees { get; init; } = [];
}

/// <summary>Figures entered from other systems (许可、处罚、强制、收费) for one unit and year; fees in fen (分).</summary>
public sealed record ProactiveFigures(string UnitCode, int Year, int Licensing, int Punishment, int Enforcement, long FeesFen);
