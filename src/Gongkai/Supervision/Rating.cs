using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Supervision;

public enum CommentStatus
{
    None,
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A citizen's rating (社会评议) of a published item or of the answer to a request, with an optional comment that is
/// masked on intake (ID numbers, phones…) and shown only after moderation.
/// </summary>
public sealed class Rating
{
    public long Id { get; private set; }
    public int UnitId { get; init; }
    public long? ItemId { get; init; }
    public int? RequestId { get; init; }
    public RatingLevel Level { get; init; }
    public string? Comment { get; init; }
    public CommentStatus CommentStatus { get; private set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ModeratedAt { get; private set; }
    public string? ModeratedBy { get; private set; }
    public int Version { get; set; }

    public static Rating Create(int unitId, long? itemId, int? requestId, RatingLevel level, string? maskedComment, DateTime at) => new()
    {
        UnitId = unitId, ItemId = itemId, RequestId = requestId, Level = level, Comment = maskedComment, CreatedAt = at,
        CommentStatus = string.IsNullOrEmpty(maskedComment) ? CommentStatus.None : CommentStatus.Pending,
    };

    public void Moderate(bool approve, DateTime at, string by)
    {
        if (CommentStatus != CommentStatus.Pending)
        {
            throw new ConflictException("该评价没有待审核的留言");
        }
        CommentStatus = approve ? CommentStatus.Approved : CommentStatus.Rejected;
        ModeratedAt = at;
        ModeratedBy = by;
    }

    public static string Chinese(RatingLevel level) => level switch
    {
        RatingLevel.Satisfied => "满意",
        RatingLevel.FairlySatisfied => "基本满意",
        RatingLevel.Unsatisfied => "不满意",
    };
}

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> b)
    {
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.CommentStatus).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Comment).HasMaxLength(500);
        b.Property(r => r.ModeratedBy).HasMaxLength(100);
        b.HasIndex(r => new { r.UnitId, r.CreatedAt });
        b.HasIndex(r => r.RequestId).IsUnique();
        b.HasIndex(r => new { r.CommentStatus, r.CreatedAt });
        b.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
