using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

public sealed record ProactiveStatisticsInput(int? Licensing, int? Punishment, int? Enforcement, decimal? FeesWan);

public sealed record ProactiveStatisticsView(string Unit, int Year, int Licensing, int Punishment, int Enforcement, decimal FeesWan);

/// <summary><c>PUT /api/v1/statistics/proactive/{unit}/{year}</c>: creates or replaces a unit's figures for the year (audited).</summary>
internal sealed class SaveProactiveStatistics(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<ProactiveStatisticsView> RunAsync(string unitCode, int year, ProactiveStatisticsInput input, ClaimsPrincipal user)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode)
            ?? throw new NotFoundException($"单位“{unitCode}”不存在");
        await access.EnsureAsync(user, unit.Id, Roles.Editor, Roles.UnitAdmin);
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        if (year < 2008 || year > now.Year)
        {
            errors.Add("year", $"年度应在2008至{now.Year}之间");
        }
        Count(errors, "licensing", input.Licensing, "行政许可处理决定数量");
        Count(errors, "punishment", input.Punishment, "行政处罚处理决定数量");
        Count(errors, "enforcement", input.Enforcement, "行政强制处理决定数量");
        if (input.FeesWan is not { } fees)
        {
            errors.Add("feesWan", "行政事业性收费金额不能为空");
        }
        else if (fees < 0 || fees > 100_000_000m)
        {
            errors.Add("feesWan", "行政事业性收费金额应为不小于0的万元数");
        }
        else if (decimal.Round(fees, 6) != fees)
        {
            errors.Add("feesWan", "行政事业性收费金额（万元）最多保留6位小数（精确到分）");
        }
        errors.ThrowIfAny();

        var row = await db.ProactiveStatistics.FirstOrDefaultAsync(s => s.UnitId == unit.Id && s.Year == year);
        if (row is null)
        {
            row = new ProactiveStatistics { UnitId = unit.Id, Year = year };
            db.ProactiveStatistics.Add(row);
        }
        var feesFen = (long)(input.FeesWan!.Value * 1_000_000m);
        row.Record(input.Licensing!.Value, input.Punishment!.Value, input.Enforcement!.Value, feesFen, now.UtcDateTime);
        db.RecordAction("recordStatistics", nameof(ProactiveStatistics), $"{unitCode}/{year}", input);
        await db.SaveChangesAsync();
        return new ProactiveStatisticsView(unitCode, year, row.Licensing, row.Punishment, row.Enforcement, feesFen / 1_000_000m);
    }

    private static void Count(ValidationErrors errors, string field, int? value, string label)
    {
        if (value is null)
        {
            errors.Add(field, $"{label}不能为空");
        }
        else if (value < 0)
        {
            errors.Add(field, $"{label}不能为负数");
        }
    }
}
