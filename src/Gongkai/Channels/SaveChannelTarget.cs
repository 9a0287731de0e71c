using System.Globalization;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>Creates or changes a channel target (admin); the code is the screen's address and cannot change.</summary>
public sealed class SaveChannelTarget(AppDbContext db, TimeProvider time)
{
    public async Task<ChannelTarget> CreateAsync(TargetInput input)
    {
        input.Validate(await UnitCodesAsync());
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

    public async Task<ChannelTarget> UpdateAsync(string code, TargetInput input)
    {
        var target = await db.ChannelTargets.SingleOrDefaultAsync(t => t.Code == code) ?? throw new NotFoundException($"渠道终端“{code}”不存在");
        (input with { Code = code }).Validate(await UnitCodesAsync());
        input.ApplyTo(target, time.GetUtcNow().UtcDateTime);
        db.RecordAction("channelTarget", nameof(ChannelTarget), target.Id.ToString(CultureInfo.InvariantCulture), new { code });
        await db.SaveChangesAsync();
        return target;
    }

    private async Task<HashSet<string>> UnitCodesAsync() => (await db.Units.AsNoTracking().Select(u => u.Code).ToListAsync()).ToHashSet();
}
