using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record UnitIndicators(int UnitId, string UnitCode, string UnitName, IReadOnlyList<IndicatorValue> Indicators);

public sealed record ScoreBoard(int Year, string Period, string PeriodName, DateOnly AsOf, IReadOnlyList<SchemeRule> Rules, IReadOnlyList<UnitScore> Units);

/// <summary>Indicators and scores of the units a user may see, computed on demand from the records (never stored, never typed).</summary>
public sealed class ComputeScores(AppDbContext db, LoadSupervisionFacts loader, CalendarService calendars, UnitAccess access, TimeProvider time)
{
    public static readonly string[] Viewers = [Roles.Supervisor, Roles.UnitAdmin];

    public async Task<List<UnitIndicators>> IndicatorsAsync(Period period, string? unitCode, ClaimsPrincipal user, CancellationToken ct = default)
    {
        EnsureViewer(user);
        return await IndicatorsOfAsync(period, await UnitsAsync(user, unitCode, ct), ct);
    }

    public async Task<List<UnitIndicators>> IndicatorsOfAsync(Period period, List<Gongkai.Units.Unit> units, CancellationToken ct = default)
    {
        var facts = await loader.LoadAsync(units.Select(u => u.Id).ToList(), ct);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaTime.Today(time);
        return units.Select(u => new UnitIndicators(u.Id, u.Code, u.Name, ComputeIndicators.For(facts, u.Id, period, today, calendar))).ToList();
    }

    public async Task<ScoreBoard> ScoresAsync(int year, string? periodCode, string? unitCode, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var period = string.IsNullOrWhiteSpace(periodCode) ? Period.OfYear(year) : Period.Parse(periodCode);
        if (period.Year != year)
        {
            throw ValidationException.For("period", $"考核期应在{year}年内");
        }
        EnsureViewer(user);
        return await ScoresOfAsync(period, await UnitsAsync(user, unitCode, ct), ct)
            ?? throw new NotFoundException($"尚未配置{year}年度考核方案");
    }

    /// <summary>The board of the given units, or null when the year has no scheme.</summary>
    public async Task<ScoreBoard?> ScoresOfAsync(Period period, List<Gongkai.Units.Unit> units, CancellationToken ct = default)
    {
        var year = period.Year;
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, ct);
        if (scheme is null)
        {
            return null;
        }
        var indicators = await IndicatorsOfAsync(period, units, ct);
        var ids = indicators.Select(i => i.UnitId).ToList();
        var adjustments = (await db.ScoreAdjustments.AsNoTracking().Where(a => a.Year == year && ids.Contains(a.UnitId)).ToListAsync(ct))
            .ToLookup(a => a.UnitId, a => new AdjustmentView(a.Id, a.Points, a.Reason, a.CreatedBy, a.CreatedAt));
        var rules = scheme.Rules;
        // Adjustments belong to the year's assessment: they count in the year's scores only.
        var scores = indicators.Select(u => Scorecard.ScoreUnit(u.UnitId, u.UnitCode, u.UnitName, rules, u.Indicators,
            period.Kind == PeriodKind.Year ? adjustments[u.UnitId].ToList() : []));
        return new ScoreBoard(year, period.Code, period.Chinese, ChinaTime.Today(time), rules, Scorecard.Rank(scores));
    }

    public static void EnsureViewer(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.Admin) && !Viewers.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有监督考核员和单位负责人可以查看考核结果");
        }
    }

    public static void EnsureSupervisor(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Supervisor))
        {
            throw new ForbiddenException("只有监督考核员可以执行此操作");
        }
    }

    private async Task<List<Gongkai.Units.Unit>> UnitsAsync(ClaimsPrincipal user, string? unitCode, CancellationToken ct)
    {
        var scoped = await access.ScopedUnitIdsAsync(user);
        var query = db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id));
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            var unit = await query.SingleOrDefaultAsync(u => u.Code == unitCode, ct)
                ?? throw new NotFoundException($"单位“{unitCode}”不存在或不在您的管理范围内");
            return [unit];
        }
        return await query.OrderBy(u => u.Code).ToListAsync(ct);
    }
}
