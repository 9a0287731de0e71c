using System.Security.Claims;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Accounts;

/// <summary>The staff a user may see: everyone for an administrator, otherwise those sharing their units.</summary>
public sealed class ListUsers(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<List<UserView>> RunAsync(ClaimsPrincipal actor)
    {
        var scope = await access.ScopedUnitIdsAsync(actor);
        var isAdmin = actor.IsInRole(Roles.Admin);
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .Select(u => new
            {
                u.UserName, u.DisplayName, u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Units = db.StaffUnits.Where(s => s.UserId == u.Id).Join(db.Units, s => s.UnitId, n => n.Id, (_, n) => new { n.Id, n.Code }).ToList(),
            })
            .OrderBy(u => u.UserName)
            .ToListAsync();
        return rows
            .Where(u => isAdmin || u.Units.Any(n => scope.Contains(n.Id)))
            .Select(u => new UserView(u.UserName!, u.DisplayName, u.Roles.ToArray(), u.Units.Select(n => n.Code).ToArray(),
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }
}
