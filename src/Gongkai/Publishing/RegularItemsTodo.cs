using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Admin;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>To-do entries: regular (定期) items due for update, items waiting for review or sign-off.</summary>
public sealed class RegularItemsTodo(AppDbContext db, UnitAccess access, TimeProvider time) : ITodoSource
{
    public async Task<IEnumerable<TodoTask>> TasksAsync(ClaimsPrincipal user)
    {
        var units = await access.ScopedUnitIdsAsync(user);
        var today = Timeliness.ChinaDay(time.GetUtcNow().UtcDateTime);
        var mine = db.Items.AsNoTracking().Where(i => units.Contains(i.UnitId));
        var tasks = new List<TodoTask>();
        if (user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin))
        {
            var due = await mine.CountAsync(i => i.Timing == TimingKind.Regular && i.Status == ItemStatus.Published && i.NextDueOn <= today);
            tasks.Add(new TodoTask("定期公开信息已到期或逾期未更新", "/admin/items?due=1", due));
            tasks.Add(new TodoTask("被退回待修改的信息", "/admin/items?status=draft", await mine.CountAsync(i => i.Status == ItemStatus.Draft && i.ReturnReason != null)));
        }
        if (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin))
        {
            tasks.Add(new TodoTask("待保密审查的信息", "/admin/items?status=submitted", await mine.CountAsync(i => i.Status == ItemStatus.Submitted)));
        }
        if (user.IsInRole(Roles.Approver) || user.IsInRole(Roles.Admin))
        {
            tasks.Add(new TodoTask("待签发的信息", "/admin/items?status=reviewed", await mine.CountAsync(i => i.Status == ItemStatus.Reviewed)));
        }
        return tasks;
    }
}
