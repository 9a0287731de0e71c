using System.Security.Claims;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Accounts;

/// <summary>Adds the display name and the first unit's code, which the audit trail records beside the actor.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DisplayName is { Length: > 0 } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, name));
        }
        var unitCode = await db.StaffUnits.Where(s => s.UserId == user.Id)
            .Join(db.Units, s => s.UnitId, u => u.Id, (s, u) => u.Code).OrderBy(c => c).FirstOrDefaultAsync();
        if (unitCode is not null)
        {
            identity.AddClaim(new Claim(GongkaiClaims.UnitCode, unitCode));
        }
        return identity;
    }
}
