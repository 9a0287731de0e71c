using Gongkai.Data;

namespace Gongkai.Catalog;

/// <summary>The last 索引号 sequence number used by a unit in a year; only ever changed by one atomic UPDATE.</summary>
[NotAudited]
public sealed class IndexCounter
{
    public int UnitId { get; init; }
    public int Year { get; init; }
    public int Value { get; init; }
}

/// <summary>A unit's own 索引号 pattern (tokens of <see cref="IndexNumberFormat"/>).</summary>
public sealed class UnitIndexPattern
{
    public int UnitId { get; init; }
    public required string Pattern { get; set; }
    public int Version { get; set; }
}
