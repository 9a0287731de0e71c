using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Channels;

/// <summary>
/// A disclosure through an offline channel entered by staff: a bulletin board posting (公开栏), a newspaper, a press
/// conference (新闻发布会) — its date, place and how many pieces of information it carried. Counted in the statistics.
/// </summary>
public sealed class OfflineRecord
{
    public long Id { get; private set; }
    public int UnitId { get; set; }
    /// <summary>board | newspaper | pressConference | other</summary>
    public required string Form { get; set; }
    public DateOnly On { get; set; }
    public required string Place { get; set; }
    public int Count { get; set; }
    public long? ItemId { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }

    public static readonly IReadOnlyList<string> Forms = ["board", "newspaper", "pressConference", "other"];
}

internal sealed class OfflineRecordConfiguration : IEntityTypeConfiguration<OfflineRecord>
{
    public void Configure(EntityTypeBuilder<OfflineRecord> record)
    {
        record.HasIndex(r => new { r.UnitId, r.On });
        record.Property(r => r.Form).HasMaxLength(20);
        record.Property(r => r.Place).HasMaxLength(200);
        record.Property(r => r.Note).HasMaxLength(500);
    }
}
