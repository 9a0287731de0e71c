using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Channels;

/// <summary>
/// A configured target of one channel kind (渠道终端): a service-hall window screen, an outdoor LED screen, a touch
/// kiosk, a new-media account, a bulletin board… with its place and the units whose items it shows
/// (none = every unit). Settings that only some kinds use are nullable.
/// </summary>
public sealed class ChannelTarget
{
    public int Id { get; private set; }
    /// <summary>The address of the screen: <c>/hall/{Code}</c>, <c>/led/{Code}</c>.</summary>
    public required string Code { get; set; }
    /// <summary>One of <see cref="ItemChannels.All"/>.</summary>
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string? Place { get; set; }
    /// <summary>The units whose items it shows (unit codes); empty = all units.</summary>
    public List<string> UnitCodes { get; set; } = [];
    /// <summary>LED: the longest message the controller accepts, in characters.</summary>
    public int? MaxLength { get; set; }
    /// <summary>LED: how many current messages the feed carries.</summary>
    public int? MaxMessages { get; set; }
    /// <summary>Hall: seconds each service guide stays on screen. Kiosk: seconds of inactivity before returning home.</summary>
    public int? Seconds { get; set; }
    public bool Active { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

internal sealed class ChannelTargetConfiguration : IEntityTypeConfiguration<ChannelTarget>
{
    public void Configure(EntityTypeBuilder<ChannelTarget> target)
    {
        target.HasIndex(t => t.Code).IsUnique();
        target.Property(t => t.Code).HasMaxLength(40);
        target.Property(t => t.Kind).HasMaxLength(20);
        target.Property(t => t.Name).HasMaxLength(100);
        target.Property(t => t.Place).HasMaxLength(200);
    }
}
