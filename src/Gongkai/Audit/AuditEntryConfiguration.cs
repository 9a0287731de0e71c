using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => e.Sequence).IsUnique();
        entry.HasIndex(e => new { e.EntityType, e.EntityId });
        entry.HasIndex(e => e.At);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.EntityType).HasMaxLength(64);
        entry.Property(e => e.EntityId).HasMaxLength(128);
        entry.Property(e => e.Hash).HasMaxLength(64);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
    }
}
