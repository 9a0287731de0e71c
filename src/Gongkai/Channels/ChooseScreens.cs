using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>A screen an item may be shown on, whether staff chose it and whether it shows the item.</summary>
public sealed record ScreenOption(string Code, string Kind, string Name, string? Place, IReadOnlyList<string> Units, int? MaxLength,
    bool Chosen, bool Shows);

/// <summary>
/// Per-screen targeting (按屏幕投放): which screens of the kinds with screens (hall windows, LED, kiosks) an item is shown
/// on. Staff choose screens at sign-off (<c>screens</c> of the approve step) or on the item's channel page; no choice for a
/// kind means every screen of that kind that shows the item's unit.
/// </summary>
public static class ChooseScreens
{
    public static readonly IReadOnlyList<string> ScreenKinds = [ItemChannels.ServiceHall, ItemChannels.Led, ItemChannels.Kiosk];

    /// <summary>Replaces the item's chosen screens (validated; nothing is written on an error; the caller saves).</summary>
    public static async Task ReplaceAsync(AppDbContext db, Item item, IReadOnlyList<string> codes)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        var targets = await db.ChannelTargets.AsNoTracking().Where(t => wanted.Contains(t.Code)).ToListAsync();
        var errors = new ValidationErrors();
        foreach (var code in wanted)
        {
            var target = targets.SingleOrDefault(t => t.Code == code);
            if (target is null || !ScreenKinds.Contains(target.Kind))
            {
                errors.Add("screens", $"屏幕“{code}”不存在");
            }
            else if (!item.Channels.Contains(target.Kind))
            {
                errors.Add("screens", $"屏幕“{target.Name}”属于“{ChannelNames.Chinese(target.Kind)}”渠道，该信息未选择此渠道");
            }
        }
        errors.ThrowIfAny();
        var current = await db.ItemScreens.Where(s => s.ItemId == item.Id).ToListAsync();
        db.ItemScreens.RemoveRange(current.Where(s => !targets.Any(t => t.Id == s.TargetId)));
        db.ItemScreens.AddRange(targets.Where(t => current.All(s => s.TargetId != t.Id)).Select(t => new ItemScreen { ItemId = item.Id, TargetId = t.Id }));
    }

    /// <summary>Every active screen of the item's screen channels, with whether it was chosen and whether it shows the item.</summary>
    public static async Task<List<ScreenOption>> OptionsAsync(AppDbContext db, Item item)
    {
        var kinds = ScreenKinds.Where(item.Channels.Contains).ToList();
        var targets = await db.ChannelTargets.AsNoTracking().Where(t => t.Active && kinds.Contains(t.Kind)).OrderBy(t => t.Kind).ThenBy(t => t.Code).ToListAsync();
        var chosen = await db.ItemScreens.AsNoTracking().Where(s => s.ItemId == item.Id).Select(s => s.TargetId).ToListAsync();
        var unitCode = await db.Units.AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => u.Code).SingleAsync();
        return targets.Select(t =>
        {
            var kindChosen = targets.Any(o => o.Kind == t.Kind && chosen.Contains(o.Id));
            var shows = chosen.Contains(t.Id) || (!kindChosen && (t.UnitCodes.Count == 0 || t.UnitCodes.Contains(unitCode)));
            return new ScreenOption(t.Code, t.Kind, t.Name, t.Place, t.UnitCodes, t.MaxLength, chosen.Contains(t.Id), shows);
        }).ToList();
    }
}
