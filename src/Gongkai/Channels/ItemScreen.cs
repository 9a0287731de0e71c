using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Channels;

/// <summary>
/// A screen chosen for an item (指定屏幕): once an item names any screen of a kind (hall window, LED, kiosk), it shows
/// only on the named screens of that kind; with none named it shows on every screen of the kind that shows its unit.
/// </summary>
public sealed class ItemScreen
{
    public long ItemId { get; init; }
    public int TargetId { get; init; }
    public ChannelTarget? Target { get; init; }
}

internal sealed class ItemScreenConfiguration : IEntityTypeConfiguration<ItemScreen>
{
    public void Configure(EntityTypeBuilder<ItemScreen> screen)
    {
        screen.HasKey(s => new { s.ItemId, s.TargetId });
        screen.HasIndex(s => s.TargetId);
        screen.HasOne(s => s.Target).WithMany().HasForeignKey(s => s.TargetId).OnDelete(DeleteBehavior.Cascade);
        screen.HasOne<Catalog.Item>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
