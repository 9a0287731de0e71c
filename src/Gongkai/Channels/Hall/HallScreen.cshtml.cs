using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Hall;

public sealed record HallGuide(long Id, string Title, string UnitName, string? IndexNumber, string Url, string QrDataUri,
    IReadOnlyList<(string Label, string? Value)> Fields);

/// <summary>
/// A window screen of the administrative service hall (综合行政服务大厅窗口): full screen, rotating the service guides
/// (办事指南) of the window's units with the board fields of the seed (设定依据、办事程序、申请条件、申报材料、收费依据、
/// 收费标准、投诉电话) and a QR code to the item on the portal. It reloads itself to pick up changes.
/// </summary>
public sealed class HallScreenModel(AppDbContext db, ScreenTargets screens) : PageModel
{
    public const int MaxGuides = 60;
    public ChannelTarget Target { get; private set; } = null!;
    public List<HallGuide> Guides { get; private set; } = [];
    public int Seconds => Target.Seconds ?? 20;

    public async Task OnGetAsync(string screen)
    {
        (Target, var units) = await screens.FindAsync(ItemChannels.ServiceHall, screen, HttpContext.RequestAborted);
        var items = await screens.Current(Target, units).Where(i => i.Kind == ItemKind.ServiceGuide)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(MaxGuides).ToListAsync();
        var unitIds = items.Select(i => i.UnitId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var origin = ChannelsSetup.Origin(HttpContext);
        Guides = items.Select(i =>
        {
            var url = $"{origin}/xxgk/items/{i.Id}";
            return new HallGuide(i.Id, i.Title, names[i.UnitId], i.IndexNumber, url, QrCodes.PngDataUri(url), Fields(i));
        }).ToList();
    }

    public static IReadOnlyList<(string Label, string? Value)> Fields(Item i) =>
    [
        ("设定依据", i.Basis), ("办事程序", i.Procedure), ("申请条件", i.Conditions), ("申报材料", i.Materials),
        ("收费依据", i.FeeBasis), ("收费标准", i.FeeStandard), ("投诉电话", i.ComplaintPhone),
    ];
}
