using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Reports;

/// <summary>A frozen annual report (its JSON and rendered HTML); a correction is a later edition with a note.</summary>
public sealed class PublishedReport
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public required string UnitCode { get; init; }
    public required string UnitName { get; init; }
    public int Year { get; init; }
    /// <summary>1 for the first publication, 2… for corrections (更正版).</summary>
    public int Edition { get; init; }
    public required string Template { get; init; }
    public required string Scope { get; init; }
    public required string Json { get; init; }
    public required string Html { get; init; }
    /// <summary>The narrative sections as filled at publication, so every format renders the frozen text.</summary>
    public required string NarrativeJson { get; init; }
    public string? Note { get; init; }
    public DateTime PublishedAt { get; init; }
    public string? PublishedBy { get; init; }
    public int Version { get; set; }
}

internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> r)
    {
        r.HasIndex(x => new { x.UnitId, x.Year, x.Edition }).IsUnique();
        r.Property(x => x.UnitCode).HasMaxLength(32);
        r.Property(x => x.UnitName).HasMaxLength(100);
        r.Property(x => x.Template).HasMaxLength(8);
        r.Property(x => x.Scope).HasMaxLength(8);
        r.Property(x => x.Note).HasMaxLength(500);
        r.Property(x => x.PublishedBy).HasMaxLength(100);
        r.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
