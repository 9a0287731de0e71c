using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>Finds an active screen of a kind by its code and the ids of the units it shows (null = every unit), and what it shows.</summary>
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

    /// <summary>
    /// Published items on the screen, newest first: those that chose this screen, and those that chose no screen of its
    /// kind and belong to one of the screen's units (null = every unit).
    /// </summary>
    public IQueryable<Item> Current(ChannelTarget target, HashSet<int>? unitIds)
    {
        var (kind, id) = (target.Kind, target.Id);
        var query = db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Published && i.Channels.Contains(kind));
        var chosen = db.ItemScreens;
        return unitIds is null
            ? query.Where(i => chosen.Any(s => s.ItemId == i.Id && s.TargetId == id) || !chosen.Any(s => s.ItemId == i.Id && s.Target!.Kind == kind))
            : query.Where(i => chosen.Any(s => s.ItemId == i.Id && s.TargetId == id)
                || (unitIds.Contains(i.UnitId) && !chosen.Any(s => s.ItemId == i.Id && s.Target!.Kind == kind)));
    }
}
