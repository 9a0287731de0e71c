using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Reports;

/// <summary>Figures of table 二 that come from other systems (行政许可、处罚、强制、事业性收费) for one unit and year.</summary>
public sealed class ProactiveStatistics
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public int Year { get; init; }
    public int Licensing { get; private set; }
    public int Punishment { get; private set; }
    public int Enforcement { get; private set; }
    /// <summary>行政事业性收费 in fen (分); the report shows 万元.</summary>
    public long FeesFen { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; set; }

    public void Record(int licensing, int punishment, int enforcement, long feesFen, DateTime at)
    {
        Licensing = licensing;
        Punishment = punishment;
        Enforcement = enforcement;
        FeesFen = feesFen;
        UpdatedAt = at;
    }
}

internal sealed class ProactiveStatisticsConfiguration : IEntityTypeConfiguration<ProactiveStatistics>
{
    public void Configure(EntityTypeBuilder<ProactiveStatistics> s)
    {
        s.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        s.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
