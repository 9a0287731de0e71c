using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Supervision;

/// <summary>The supervision dashboard for a supervisor or a unit head: charts (SVG, each bar links to its records), overdue lists, ranking.</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.UnitAdmin},{Roles.Admin}")]
public sealed class IndexModel(AppDbContext db, DashboardData dashboard, ComputeScores scores, UnitAccess access, TimeProvider time) : PageModel
{
    public int Year { get; private set; }
    public string? Unit { get; private set; }
    public List<(string Code, string Name)> Units { get; private set; } = [];
    public Dashboard Board { get; private set; } = null!;
    public ScoreBoard? Scores { get; private set; }

    public async Task OnGetAsync(int? year, string? unit)
    {
        Year = year is >= 2008 and <= 2100 ? year.Value : ChinaTime.Today(time).Year;
        var scoped = await access.ScopedUnitIdsAsync(User);
        Units = (await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id)).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
        Unit = Units.Any(u => u.Code == unit) ? unit : null;
        Board = await dashboard.BuildAsync(User, Year, Unit);
        var units = await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id) && (Unit == null || u.Code == Unit)).OrderBy(u => u.Code).ToListAsync();
        Scores = await scores.ScoresOfAsync(Period.OfYear(Year), units);
    }
}
