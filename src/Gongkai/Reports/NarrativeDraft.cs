using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Reports;

/// <summary>An edited narrative section of one unit's report for a year; its figures are {placeholders} filled at render time.</summary>
public sealed class NarrativeDraft
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public int Year { get; init; }
    public required string Template { get; init; }
    public required string Section { get; init; }
    public string Text { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; set; }

    public void Edit(string text, DateTime at)
    {
        Text = text;
        UpdatedAt = at;
    }
}

internal sealed class NarrativeDraftConfiguration : IEntityTypeConfiguration<NarrativeDraft>
{
    public void Configure(EntityTypeBuilder<NarrativeDraft> d)
    {
        d.HasIndex(x => new { x.UnitId, x.Year, x.Template, x.Section }).IsUnique();
        d.Property(x => x.Template).HasMaxLength(8);
        d.Property(x => x.Section).HasMaxLength(16);
        d.Property(x => x.Text).HasMaxLength(20000);
        d.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
