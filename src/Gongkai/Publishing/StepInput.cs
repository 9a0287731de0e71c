namespace Gongkai.Publishing;

/// <summary>The body of a workflow step: <c>decision</c> and <c>comment</c> for review/approve, optional <c>at</c>
/// (defaults to now, never in the future), <c>publishAt</c> to schedule a publication, <c>reason</c> for an override,
/// <c>channels</c> chosen by the approver at sign-off (签发), and <c>screens</c> (codes of hall, LED and kiosk screens; none = all
/// screens of each kind that show the item's unit).</summary>
public sealed record StepInput(string? Decision = null, string? Comment = null, DateTimeOffset? At = null,
    DateTimeOffset? PublishAt = null, string? Reason = null, List<string>? Channels = null,
    List<string>? Screens = null);

/// <summary>What a step answers: the item's new state, and warnings (scan findings, near-duplicates) for the editor.</summary>
public sealed record StepResult(long Id, string Status, string? IndexNumber, string ETag, List<ScanFinding> Findings,
    List<DuplicateHint> Duplicates);

public sealed record DuplicateHint(long Id, string Title, string Status);
