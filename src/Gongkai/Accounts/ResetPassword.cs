using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Accounts;

public sealed record ResetPasswordRequest(string? NewPassword);

/// <summary>
/// Sets a new password for a member of staff (重置密码), checked against the password policy before anything is
/// written; the account is unlocked too. Audited as <c>passwordReset</c> (the password itself never is).
/// </summary>
public sealed class ResetPassword(UserManager<StaffUser> users, StaffGuard guard, AppDbContext db)
{
    public async Task RunAsync(string userName, string? newPassword, ClaimsPrincipal actor)
    {
        var user = await guard.TargetAsync(userName, actor);
        if (string.IsNullOrWhiteSpace(newPassword))
        {
            throw ValidationException.For("newPassword", "新密码不能为空");
        }
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, newPassword);
            problems.AddRange(check.Errors.Select(e => e.Description));
        }
        if (problems.Count > 0)
        {
            throw new ValidationException(new Dictionary<string, string[]> { ["newPassword"] = [.. problems] });
        }
        db.RecordAction("passwordReset", nameof(StaffUser), user.Id, new { user.UserName });
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user);
    }
}
