using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Demo step: table 二 figures (示例数据) for the county and some departments in the 2021-format years, and the
/// county's reports of the finished years published — run after the items, requests and appeals steps so they count.
/// </summary>
internal static class DemoReports
{
    private static readonly (string Unit, int Licensing, int Punishment, int Enforcement, long FeesFen)[] PerYear =
    [
        ("230124", 0, 0, 0, 0),
        ("230124-002", 86, 3, 0, 0),
        ("230124-007", 142, 11, 2, 1_865_300_00),
        ("230124-008", 215, 17, 4, 3_402_150_00),
        ("230124-012", 1_288, 96, 23, 512_000_00),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        for (var year = 2021; year < now.Year; year++)
        {
            var grow = 1 + (year - 2021) * 0.08;
            foreach (var (unit, licensing, punishment, enforcement, fees) in PerYear)
            {
                var row = new ProactiveStatistics { UnitId = units[unit], Year = year };
                row.Record((int)(licensing * grow), (int)(punishment * grow), (int)(enforcement * grow), (long)(fees * grow) / 100 * 100, now.UtcDateTime);
                db.ProactiveStatistics.Add(row);
            }
        }
        await db.SaveChangesAsync();

        var demo = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "demo"), new Claim(ClaimTypes.Role, Roles.Admin)], "demo"));
        var publish = services.GetRequiredService<PublishAnnualReport>();
        for (var year = 2021; year < now.Year; year++)
        {
            var input = new PublishInput("tree", null, null);
            var (document, _) = await services.GetRequiredService<GenerateAnnualReport>().RunAsync(new ReportRequest(year, "230124", "tree", null));
            if (document.Report.FailedChecks.Count == 0)
            {
                await publish.RunAsync("230124", year, input, demo);
            }
        }
    }
}
