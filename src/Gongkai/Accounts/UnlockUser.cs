using System.Security.Claims;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Accounts;

/// <summary>Lifts a lockout (账户解锁) and clears the failed-attempt count; audited as <c>unlock</c>.</summary>
public sealed class UnlockUser(UserManager<StaffUser> users, StaffGuard guard, AppDbContext db)
{
    public async Task RunAsync(string userName, ClaimsPrincipal actor)
    {
        var user = await guard.TargetAsync(userName, actor);
        db.RecordAction("unlock", nameof(StaffUser), user.Id, new { user.UserName });
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new Infrastructure.ConflictException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
