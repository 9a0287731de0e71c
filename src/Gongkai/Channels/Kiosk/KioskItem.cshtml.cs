using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>An item read on the kiosk in large type (one that this kiosk lists and its search finds; on one screen, not those targeted to other screens); service guides show their board fields.</summary>
public sealed class KioskItemModel(AppDbContext db, KioskScreen kiosk) : PageModel
{
    public Item Item { get; private set; } = null!;
    public string UnitName { get; private set; } = "";

    public async Task OnGetAsync(long id)
    {
        Item = await (await kiosk.ItemsAsync(HttpContext)).SingleOrDefaultAsync(i => i.Id == id)
            ?? throw new NotFoundException("该信息不存在或已撤回");
        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == Item.UnitId).Select(u => u.Name).SingleAsync();
    }
}
