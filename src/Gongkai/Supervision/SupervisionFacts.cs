using Gongkai.Requests;

namespace Gongkai.Supervision;

/// <summary>A published (or once published) proactive item as the indicators see it. Days are China days.</summary>
public sealed record ItemFact(
    long Id, int UnitId, string Title, string? Body, string? CatalogNode, DateOnly FormedOn, DateOnly PublishedOn,
    bool Regular = false, int? PeriodMonths = null, IReadOnlyList<DateOnly>? VersionDates = null, IReadOnlyList<string>? Channels = null);

/// <summary>A node of a unit's 公开目录 with a periodic requirement (每月/每季度/每年) — the "不漏" check.</summary>
public sealed record NodeRequirement(int UnitId, string Code, string Name, int EveryMonths);

/// <summary>A confidentiality-scan event from the audit trail: a submission with findings, or a reviewer's override.</summary>
public sealed record ScanFact(long ItemId, int UnitId, DateOnly On, int Findings, bool Override);

/// <summary>A request with the due date and closing day its clock gave it.</summary>
public sealed record RequestRecord(int Id, string Number, int UnitId, DateOnly ReceivedOn, DateOnly? DueDate, DateOnly? ClosedOn, string? Outcome)
{
    /// <summary>Builds the record from the request's steps, as the request clock computes them.</summary>
    public static RequestRecord FromClock(int id, string number, int unitId, ClockState clock) =>
        new(id, number, unitId, clock.ReceivedOn, clock.DueDate, clock.ClosedOn, clock.Outcome);
}

public sealed record AppealRecord(int Id, int UnitId, string Kind, DateOnly FiledOn, DateOnly? ClosedOn, string Result);

public enum RatingLevel
{
    /// <summary>满意</summary>
    Satisfied,
    /// <summary>基本满意</summary>
    FairlySatisfied,
    /// <summary>不满意</summary>
    Unsatisfied,
}

public sealed record RatingFact(long Id, int UnitId, DateOnly On, RatingLevel Level, long? ItemId = null, string? RequestNumber = null);

/// <summary>Everything the indicators read, for a set of units.</summary>
public sealed record SupervisionFacts(
    IReadOnlyList<ItemFact> Items,
    IReadOnlyList<NodeRequirement> Nodes,
    IReadOnlyList<ScanFact> Scans,
    IReadOnlyList<RequestRecord> Requests,
    IReadOnlyList<AppealRecord> Appeals,
    IReadOnlyList<RatingFact> Ratings)
{
    public static SupervisionFacts Empty { get; } = new([], [], [], [], [], []);
}
