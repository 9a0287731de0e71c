using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Accounts;

/// <summary>
/// Answers "may this person act in this role for this unit?". An administrator may do anything;
/// everyone else needs the role and a scope on the unit or one of its ancestors.
/// </summary>
public sealed class UnitAccess(AppDbContext db)
{
    public async Task EnsureAsync(ClaimsPrincipal user, int unitId, params string[] roles)
    {
        if (!await CanAsync(user, unitId, roles))
        {
            throw new ForbiddenException("您无权对该单位执行此操作");
        }
    }

    public async Task<bool> CanAsync(ClaimsPrincipal user, int unitId, params string[] roles)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }
        if (roles.Length > 0 && !roles.Any(user.IsInRole))
        {
            return false;
        }
        var scoped = await ScopedUnitIdsAsync(user);
        return scoped.Contains(unitId);
    }

    /// <summary>Every unit the user may act for (their units and all descendants); all units for an administrator.</summary>
    public async Task<HashSet<int>> ScopedUnitIdsAsync(ClaimsPrincipal user)
    {
        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
        if (user.IsInRole(Roles.Admin))
        {
            return tree.Select(u => u.Id).ToHashSet();
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var roots = await db.StaffUnits.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.UnitId).ToListAsync();
        var children = tree.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new HashSet<int>();
        var stack = new Stack<int>(roots);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    stack.Push(child);
                }
            }
        }
        return result;
    }
}
