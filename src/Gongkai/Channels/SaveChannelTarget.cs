using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>
/// Creates or changes a channel target; the code is the screen's address and cannot change. An administrator may
/// manage any target; a unit administrator (单位管理员) only targets whose units — before and after the change — are
/// all within their scope (a target of every unit stays with the administrator).
/// </summary>
public sealed class SaveChannelTarget(AppDbContext db, TimeProvider time, UnitAccess access)
{
    public async Task<ChannelTarget> CreateAsync(TargetInput input, ClaimsPrincipal user)
    {
        input.Validate(await UnitCodesAsync());
        await EnsureScopeAsync(user, input.Units ?? []);
        if (await db.ChannelTargets.AnyAsync(t => t.Code == input.Code))
        {
            throw new ConflictException($"编码“{input.Code}”已被使用");
        }
        var target = new ChannelTarget { Code = input.Code!, Kind = input.Kind!, Name = input.Name! };
        input.ApplyTo(target, time.GetUtcNow().UtcDateTime);
        db.ChannelTargets.Add(target);
        await db.SaveChangesAsync();
        return target;
    }

    public async Task<ChannelTarget> UpdateAsync(string code, TargetInput input, ClaimsPrincipal user)
    {
        var target = await FindAsync(code, user);
        (input with { Code = code }).Validate(await UnitCodesAsync());
        await EnsureScopeAsync(user, input.Units ?? []);
        input.ApplyTo(target, time.GetUtcNow().UtcDateTime);
        db.RecordAction("channelTarget", nameof(ChannelTarget), target.Id.ToString(CultureInfo.InvariantCulture), new { code });
        await db.SaveChangesAsync();
        return target;
    }

    /// <summary>The target to edit, if the user may manage it (403 otherwise).</summary>
    public async Task<ChannelTarget> FindAsync(string code, ClaimsPrincipal user)
    {
        var target = await db.ChannelTargets.SingleOrDefaultAsync(t => t.Code == code) ?? throw new NotFoundException($"渠道终端“{code}”不存在");
        await EnsureScopeAsync(user, target.UnitCodes);
        return target;
    }

    public static bool MayManageTargets(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.UnitAdmin);

    private async Task EnsureScopeAsync(ClaimsPrincipal user, IReadOnlyCollection<string> unitCodes)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return;
        }
        if (!user.IsInRole(Roles.UnitAdmin) || unitCodes.Count == 0)
        {
            throw new ForbiddenException(unitCodes.Count == 0 ? "显示全部单位的渠道终端只能由系统管理员管理" : "您无权管理渠道终端");
        }
        var ids = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => u.Id).ToListAsync();
        var scoped = await access.ScopedUnitIdsAsync(user);
        if (ids.Count < unitCodes.Distinct().Count() || !ids.All(scoped.Contains))
        {
            throw new ForbiddenException("该渠道终端显示的单位超出了您的管理范围");
        }
    }

    private async Task<HashSet<string>> UnitCodesAsync() => (await db.Units.AsNoTracking().Select(u => u.Code).ToListAsync()).ToHashSet();
}
