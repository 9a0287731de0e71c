using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Accounts;

public sealed record CreateUserRequest(string? UserName, string? Password, string[]? Roles, string[]? Units, string? DisplayName);

public sealed record UserView(string UserName, string? DisplayName, string[] Roles, string[] Units, bool LockedOut);

/// <summary>
/// Adds a member of staff. An administrator may create anyone; a unit administrator only
/// non-administrators within their own units.
/// </summary>
public sealed class CreateUser(UserManager<StaffUser> users, AppDbContext db, UnitAccess access)
{
    public async Task<UserView> RunAsync(CreateUserRequest request, ClaimsPrincipal actor)
    {
        var errors = new ValidationErrors()
            .Require("userName", request.UserName, "用户名")
            .Require("password", request.Password, "密码");
        var roles = request.Roles ?? [];
        foreach (var role in roles.Where(r => !Accounts.Roles.All.Contains(r)))
        {
            errors.Add("roles", $"未知角色“{role}”，可选：{string.Join("、", Accounts.Roles.All)}");
        }
        if (roles.Length == 0)
        {
            errors.Add("roles", "至少需要一个角色");
        }
        var codes = request.Units ?? [];
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToListAsync();
        foreach (var missing in codes.Except(units.Select(u => u.Code)))
        {
            errors.Add("units", $"单位“{missing}”不存在");
        }
        if (!roles.Contains(Accounts.Roles.Admin) && codes.Length == 0)
        {
            errors.Add("units", "除系统管理员外，每个账户都必须属于至少一个单位");
        }
        errors.ThrowIfAny();

        if (!actor.IsInRole(Accounts.Roles.Admin))
        {
            if (roles.Contains(Accounts.Roles.Admin))
            {
                throw new ForbiddenException("只有系统管理员可以创建系统管理员");
            }
            foreach (var unit in units)
            {
                await access.EnsureAsync(actor, unit.Id, Accounts.Roles.UnitAdmin);
            }
        }
        if (await users.FindByNameAsync(request.UserName!) is not null)
        {
            throw new ConflictException($"用户名“{request.UserName}”已存在");
        }

        var user = new StaffUser { UserName = request.UserName, DisplayName = request.DisplayName };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                [result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "userName"] =
                    result.Errors.Select(e => e.Description).ToArray(),
            });
        }
        await users.AddToRolesAsync(user, roles);
        foreach (var unit in units)
        {
            db.StaffUnits.Add(new StaffUnit { UserId = user.Id, UnitId = unit.Id });
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new UserView(user.UserName!, user.DisplayName, roles, codes, false);
    }
}
