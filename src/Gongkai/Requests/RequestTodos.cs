using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Admin;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>To-do entries for request officers: overdue requests and those due within 3 working days.</summary>
internal sealed class RequestTodos(AppDbContext db, TimeProvider time, UnitAccess access, Gongkai.Calendar.CalendarService calendars) : ITodoSource
{
    public async Task<IEnumerable<TodoTask>> TasksAsync(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.RequestOfficer) && !user.IsInRole(Roles.Admin))
        {
            return [];
        }
        var calendar = await calendars.GetAsync(db);
        var scoped = await access.ScopedUnitIdsAsync(user);
        var today = ChinaTime.Today(time);
        var soon = calendar.AddWorkdays(today, 3);
        var running = new[] { RequestStatus.Received, RequestStatus.Accepted, RequestStatus.Consulting };
        var dues = await db.Requests.AsNoTracking().Where(r => scoped.Contains(r.UnitId) && running.Contains(r.Status))
            .Select(r => r.DueDate).ToListAsync();
        return
        [
            new TodoTask("已超过答复期限的政府信息公开申请", "/admin/requests?overdue=true", dues.Count(d => d < today)),
            new TodoTask("3个工作日内到期的政府信息公开申请", "/admin/requests", dues.Count(d => d >= today && d <= soon)),
        ];
    }
}
