using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Channels;

/// <summary>
/// The channel-specific versions of an item: the short LED text (derived from the title unless an editor wrote one)
/// and the new-media summary, and when the new-media package was posted (staff action).
/// </summary>
public sealed class ItemChannelText
{
    public long ItemId { get; init; }
    public string? LedText { get; set; }
    public string? NewMediaSummary { get; set; }
    public DateTime? NewMediaPostedAt { get; private set; }
    public string? NewMediaPostedBy { get; private set; }
    /// <summary>Where it was posted (公众号, 微博…).</summary>
    public string? NewMediaPlatform { get; private set; }
    /// <summary>The address of the post on the platform.</summary>
    public string? NewMediaLink { get; private set; }
    public int Version { get; set; }

    public void MarkPosted(DateTime at, string by, string platform, string? link = null) =>
        (NewMediaPostedAt, NewMediaPostedBy, NewMediaPlatform, NewMediaLink) = (at, by, platform, link);
}

internal sealed class ItemChannelTextConfiguration : IEntityTypeConfiguration<ItemChannelText>
{
    public void Configure(EntityTypeBuilder<ItemChannelText> text)
    {
        text.HasKey(t => t.ItemId);
        text.Property(t => t.ItemId).ValueGeneratedNever();
        text.Property(t => t.LedText).HasMaxLength(200);
        text.Property(t => t.NewMediaSummary).HasMaxLength(1000);
        text.Property(t => t.NewMediaPostedBy).HasMaxLength(100);
        text.Property(t => t.NewMediaPlatform).HasMaxLength(50);
        text.Property(t => t.NewMediaLink).HasMaxLength(500);
    }
}
