using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>An item read on the kiosk in large type (any item sent to the kiosk channel, since the kiosk search finds those); service guides show their board fields.</summary>
public sealed class KioskItemModel(AppDbContext db, KioskScreen kiosk) : PageModel
{
    public Item Item { get; private set; } = null!;
    public string UnitName { get; private set; } = "";

    public async Task OnGetAsync(long id)
    {
        await kiosk.ResolveAsync(HttpContext); // an unknown screen is a 404
        Item = await kiosk.AnyKiosk().SingleOrDefaultAsync(i => i.Id == id)
            ?? throw new NotFoundException("该信息不存在或已撤回");
        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == Item.UnitId).Select(u => u.Name).SingleAsync();
    }
}
