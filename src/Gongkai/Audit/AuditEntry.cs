namespace Gongkai.Audit;

/// <summary>
/// One change, append-only. Entries form a hash chain: each <see cref="Hash"/> covers the entry's
/// fields and the previous entry's hash, so an edited or deleted row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public long Sequence { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    public string? UnitCode { get; init; }
    /// <summary>created, updated, deleted, or a named action such as login or publish.</summary>
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    /// <summary>JSON of changed fields: {"Name":["old","new"]}. Never holds secrets.</summary>
    public string? Changes { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
