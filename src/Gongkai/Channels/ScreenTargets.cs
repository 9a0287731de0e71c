using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>Finds an active screen of a kind by its code and the ids of the units it shows (null = every unit).</summary>
public sealed class ScreenTargets(AppDbContext db)
{
    public async Task<(ChannelTarget Target, HashSet<int>? UnitIds)> FindAsync(string kind, string code, CancellationToken cancellationToken = default)
    {
        var target = await db.ChannelTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Kind == kind && t.Active, cancellationToken)
            ?? throw new NotFoundException($"屏幕“{code}”不存在或已停用");
        if (target.UnitCodes.Count == 0)
        {
            return (target, null);
        }
        var codes = target.UnitCodes;
        var ids = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => u.Id).ToListAsync(cancellationToken);
        return (target, ids.ToHashSet());
    }

    /// <summary>Published items on the channel (for the screen's units), newest first.</summary>
    public IQueryable<Item> Current(string channel, HashSet<int>? unitIds)
    {
        var query = db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Published && i.Channels.Contains(channel));
        return unitIds is null ? query : query.Where(i => unitIds.Contains(i.UnitId));
    }
}
