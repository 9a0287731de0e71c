using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Supervision;

/// <summary>The assessment scheme of a year (年度考核方案): weights and deductions per indicator, configured by a supervisor.</summary>
public sealed class AssessmentScheme
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Id { get; private set; }
    public int Year { get; init; }
    public string RulesJson { get; private set; } = "[]";
    public DateTime UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<SchemeRule> Rules => JsonSerializer.Deserialize<List<SchemeRule>>(RulesJson, Json) ?? [];

    public void Configure(IReadOnlyList<SchemeRule> rules, DateTime at, string? by)
    {
        Scorecard.Validate(rules);
        RulesJson = JsonSerializer.Serialize(rules, Json);
        UpdatedAt = at;
        UpdatedBy = by;
    }
}

/// <summary>A manual adjustment of a unit's score (加减分), only with a reason; audited like every change.</summary>
public sealed class ScoreAdjustment
{
    public long Id { get; private set; }
    public int Year { get; init; }
    public int UnitId { get; init; }
    public decimal Points { get; init; }
    public required string Reason { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }
}

internal sealed class AssessmentSchemeConfiguration : IEntityTypeConfiguration<AssessmentScheme>
{
    public void Configure(EntityTypeBuilder<AssessmentScheme> b)
    {
        b.HasIndex(s => s.Year).IsUnique();
        b.Property(s => s.RulesJson).HasMaxLength(8000);
        b.Property(s => s.UpdatedBy).HasMaxLength(100);
        b.Ignore(s => s.Rules);
    }
}

internal sealed class ScoreAdjustmentConfiguration : IEntityTypeConfiguration<ScoreAdjustment>
{
    public void Configure(EntityTypeBuilder<ScoreAdjustment> b)
    {
        b.HasIndex(a => new { a.Year, a.UnitId });
        b.Property(a => a.Points).HasPrecision(8, 2);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.Property(a => a.CreatedBy).HasMaxLength(100);
        b.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
