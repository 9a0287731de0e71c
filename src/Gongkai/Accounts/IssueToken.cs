using Gongkai.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Accounts;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>
/// Exchanges a user name and password for a bearer token, with the same lockout as the cookie login.
/// Answers null with the reason when the credentials do not open the door.
/// </summary>
public sealed class IssueToken(SignInManager<StaffUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider time, AppDbContext db)
{
    public async Task<(TokenResponse? Token, string? Refusal)> RunAsync(TokenRequest request)
    {
        var user = request.UserName is null ? null : await signIn.UserManager.FindByNameAsync(request.UserName);
        if (user is null || request.Password is null)
        {
            return (null, "用户名或密码错误");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            db.RecordAction("lockedOut", nameof(StaffUser), user.Id);
            await db.SaveChangesAsync();
            return (null, "账户因多次登录失败已被锁定，请稍后再试或联系管理员");
        }
        if (!result.Succeeded)
        {
            return (null, "用户名或密码错误");
        }
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expires = time.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return (new TokenResponse(options.BearerTokenProtector.Protect(ticket), expires), null);
    }
}
