using Gongkai.Publishing;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Catalog;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.HasIndex(i => i.IndexNumber).IsUnique();
        item.HasIndex(i => i.SourceId).IsUnique();
        item.HasIndex(i => new { i.UnitId, i.Status });
        item.HasIndex(i => new { i.Status, i.ScheduledAt });
        item.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        item.Property(i => i.IndexNumber).HasMaxLength(64);
        item.Property(i => i.Title).HasMaxLength(300);
        item.Property(i => i.DocumentNumber).HasMaxLength(100);
        item.Property(i => i.CatalogNode).HasMaxLength(32);
        item.Property(i => i.SourceId).HasMaxLength(100);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(24);
        item.Property(i => i.Validity).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.DisclosureMode).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.Timing).HasConversion<string>().HasMaxLength(16);
        item.Ignore(i => i.ETag);
    }
}

internal sealed class ItemVersionConfiguration : IEntityTypeConfiguration<ItemVersion>
{
    public void Configure(EntityTypeBuilder<ItemVersion> version)
    {
        version.HasIndex(v => new { v.ItemId, v.Revision }).IsUnique();
        version.HasOne<Item>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndexCounterConfiguration : IEntityTypeConfiguration<IndexCounter>
{
    public void Configure(EntityTypeBuilder<IndexCounter> counter) => counter.HasKey(c => new { c.UnitId, c.Year });
}

internal sealed class UnitIndexPatternConfiguration : IEntityTypeConfiguration<UnitIndexPattern>
{
    public void Configure(EntityTypeBuilder<UnitIndexPattern> pattern)
    {
        pattern.HasKey(p => p.UnitId);
        pattern.Property(p => p.Pattern).HasMaxLength(100);
    }
}

internal sealed class CatalogNodeConfiguration : IEntityTypeConfiguration<CatalogNode>
{
    public void Configure(EntityTypeBuilder<CatalogNode> node)
    {
        node.HasIndex(n => new { n.UnitId, n.Code }).IsUnique();
        node.Property(n => n.Code).HasMaxLength(32);
        node.Property(n => n.ParentCode).HasMaxLength(32);
        node.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SensitiveWordConfiguration : IEntityTypeConfiguration<SensitiveWord>
{
    public void Configure(EntityTypeBuilder<SensitiveWord> word)
    {
        word.HasIndex(w => w.Word).IsUnique();
        word.Property(w => w.Word).HasMaxLength(50);
    }
}
