using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Admin;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>To-do: last year's reports not yet published by the units one may publish for, with their deadline.</summary>
internal sealed class AnnualReportReminders(AppDbContext db, UnitAccess access, TimeProvider time) : ITodoSource
{
    public async Task<IEnumerable<TodoTask>> TasksAsync(ClaimsPrincipal user)
    {
        if (!new[] { Roles.Admin, Roles.UnitAdmin, Roles.Approver, Roles.Editor }.Any(user.IsInRole))
        {
            return [];
        }
        var year = time.GetUtcNow().Year - 1;
        var scoped = await access.ScopedUnitIdsAsync(user);
        var published = await db.PublishedReports.Where(r => r.Year == year).Select(r => r.UnitId).Distinct().ToListAsync();
        var missing = await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id) && !published.Contains(u.Id)).Select(u => u.Kind).ToListAsync();
        return missing.GroupBy(k => ReportDeadlines.For(k, year)).OrderBy(g => g.Key).Select(g =>
            new TodoTask($"{year}年度政府信息公开工作年度报告待发布（{g.Key:M月d日}前）", $"/admin/reports?year={year}", g.Count()));
    }
}
