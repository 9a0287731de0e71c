using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Accounts;

/// <summary>
/// Finds the member of staff an account action targets and checks the actor may act on them: an administrator
/// on anyone; a unit administrator on non-administrators who belong to a unit within their scope.
/// </summary>
public sealed class StaffGuard(UserManager<StaffUser> users, AppDbContext db, UnitAccess access)
{
    public async Task<StaffUser> TargetAsync(string userName, ClaimsPrincipal actor)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException($"用户“{userName}”不存在");
        if (actor.IsInRole(Roles.Admin))
        {
            return user;
        }
        if (!actor.IsInRole(Roles.UnitAdmin) || await users.IsInRoleAsync(user, Roles.Admin))
        {
            throw new ForbiddenException("您无权管理该账户");
        }
        var scope = await access.ScopedUnitIdsAsync(actor);
        var units = await db.StaffUnits.Where(s => s.UserId == user.Id).Select(s => s.UnitId).ToListAsync();
        return units.Any(scope.Contains) ? user : throw new ForbiddenException("您无权管理该账户");
    }
}
