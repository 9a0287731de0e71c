using Gongkai.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Appeals;

public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Review,
    /// <summary>未经复议直接起诉.</summary>
    LitigationDirect,
    /// <summary>复议后起诉.</summary>
    LitigationAfterReview,
}

public enum AppealResult
{
    Upheld,
    Corrected,
    Other,
    Pending,
}

/// <summary>An administrative review or lawsuit about disclosure (table 四 of the annual report).</summary>
public sealed class Appeal
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public Unit? Unit { get; private set; }
    public int? RequestId { get; init; }
    public string? RequestNumber { get; init; }
    public AppealKind Kind { get; init; }
    public DateOnly FiledOn { get; init; }
    public AppealResult Result { get; init; }
    public DateOnly? ClosedOn { get; init; }
    /// <summary>For a review: decision due 60 days after filing (行政复议法 第六十二条), and the latest date with the 30-day extension.</summary>
    public DateOnly? DueOn { get; init; }
    public DateOnly? ExtendedDueOn { get; init; }
    public string? Note { get; init; }
    public int Version { get; set; }
}

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.RequestNumber).HasMaxLength(32);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Gongkai.Requests.Request>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.FiledOn });
    }
}
