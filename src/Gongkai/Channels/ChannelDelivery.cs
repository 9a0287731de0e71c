using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Channels;

/// <summary>
/// One line of the delivery log (分发记录): what a channel received (<c>delivered</c>, <c>updated</c>) or had taken
/// away (<c>removed</c>), for which revision of the item, when and why (publish, revise, withdraw, expire, posted).
/// Written by <see cref="DeliveryLogInterceptor"/> in the same transaction as the item's change; the audit chain
/// already records that change, so these rows are not audited again.
/// </summary>
[NotAudited]
public sealed class ChannelDelivery
{
    public long Id { get; private set; }
    public long ItemId { get; init; }
    public required string Channel { get; init; }
    public required string Action { get; init; }
    public required string Reason { get; init; }
    public int Revision { get; init; }
    public DateTime At { get; init; }
    public string? Actor { get; init; }
}

internal sealed class ChannelDeliveryConfiguration : IEntityTypeConfiguration<ChannelDelivery>
{
    public void Configure(EntityTypeBuilder<ChannelDelivery> delivery)
    {
        delivery.ToTable("ChannelDeliveries");
        delivery.HasIndex(d => new { d.ItemId, d.Id });
        delivery.HasIndex(d => new { d.Channel, d.At });
        delivery.Property(d => d.Channel).HasMaxLength(20);
        delivery.Property(d => d.Action).HasMaxLength(20);
        delivery.Property(d => d.Reason).HasMaxLength(20);
        delivery.Property(d => d.Actor).HasMaxLength(100);
    }
}
