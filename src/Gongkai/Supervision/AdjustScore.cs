using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record AdjustmentInput(decimal? Points, string? Reason);

/// <summary>A manual score adjustment (加减分): refused without a reason (400), recorded and audited with one.</summary>
public sealed class AdjustScore(AppDbContext db, TimeProvider time)
{
    public async Task<AdjustmentView> RunAsync(int year, string unitCode, AdjustmentInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var errors = new ValidationErrors().Require("reason", input.Reason, "调整理由").MaxLength("reason", input.Reason, 1000, "调整理由");
        if (input.Points is not { } points || points == 0 || Math.Abs(points) > 100)
        {
            errors.Add("points", "调整分值应为-100至100之间且不为0");
        }
        errors.ThrowIfAny();
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct)
            ?? throw new NotFoundException($"单位“{unitCode}”不存在");
        if (!await db.AssessmentSchemes.AnyAsync(s => s.Year == year, ct))
        {
            throw new NotFoundException($"尚未配置{year}年度考核方案");
        }
        var adjustment = new ScoreAdjustment
        {
            Year = year, UnitId = unit.Id, Points = input.Points!.Value, Reason = input.Reason!.Trim(),
            CreatedBy = user.Identity?.Name ?? "?", CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ScoreAdjustments.Add(adjustment);
        db.RecordAction("adjustScore", "UnitScore", $"{year}/{unitCode}",
            new { year, unit = unitCode, points = adjustment.Points.ToString(CultureInfo.InvariantCulture), reason = adjustment.Reason });
        await db.SaveChangesAsync(ct);
        return new AdjustmentView(adjustment.Id, adjustment.Points, adjustment.Reason, adjustment.CreatedBy, adjustment.CreatedAt);
    }
}
