using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>An item read on the kiosk in large type; service guides show their board fields.</summary>
public sealed class KioskItemModel(AppDbContext db) : PageModel
{
    public Item Item { get; private set; } = null!;
    public string UnitName { get; private set; } = "";

    public async Task OnGetAsync(long id)
    {
        Item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Status == ItemStatus.Published && i.DisclosureMode == DisclosureMode.Proactive)
            ?? throw new NotFoundException("该信息不存在或已撤回");
        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == Item.UnitId).Select(u => u.Name).SingleAsync();
    }
}
