using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Requests;

namespace Gongkai.Reports;

/// <summary>A record behind a report figure (the drill-down): what it is, its id, a label and the back-office page that shows it.</summary>
public sealed record ReportRecord(string Kind, string Id, string Label, string Href, string UnitCode, string? Note = null);

/// <summary>A fact of the report together with the record it was read from.</summary>
public sealed record Keyed<T>(T Fact, ReportRecord Record);

/// <summary>
/// A published decision (行政许可/行政处罚/行政强制决定) as table 二 counts it: <see cref="Kind"/> is <c>licensing</c>,
/// <c>punishment</c> or <c>enforcement</c>; it counts in the year of its decision day (成文日期).
/// </summary>
public sealed record DecisionFact(string UnitCode, string Kind, DateOnly DecidedOn);

/// <summary>The report's facts each with its record, so a drill-down lists exactly what a cell counted.</summary>
public sealed record KeyedReportFacts(
    IReadOnlyList<Keyed<RequestFact>> Requests,
    IReadOnlyList<Keyed<AppealFact>> Appeals,
    IReadOnlyList<Keyed<DocumentFact>> Documents,
    IReadOnlyList<Keyed<DecisionFact>> Decisions,
    IReadOnlyList<ProactiveFigures> Statistics)
{
    public IReadOnlyList<FeeFact> Fees { get; init; } = [];

    /// <summary>The same facts without their records: what the report is computed from.</summary>
    public ReportFacts Facts => new([.. Requests.Select(k => k.Fact)], [.. Appeals.Select(k => k.Fact)], [.. Documents.Select(k => k.Fact)], Statistics)
    {
        Decisions = [.. Decisions.Select(k => k.Fact)],
        Fees = Fees,
    };
}
