using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>The newest published items of an area, a unit or a kind that this kiosk shows, as big rows.</summary>
public sealed class KioskListModel(AppDbContext db, KioskScreen kiosk) : PageModel
{
    public const int PageSize = 30;
    public string Heading { get; private set; } = "信息列表";
    public List<(long Id, string Title, DateTime PublishedAt)> Items { get; private set; } = [];
    public string Base => KioskScreen.Base(HttpContext);

    public async Task OnGetAsync(string? area, string? unit, string? kind)
    {
        var query = await kiosk.ItemsAsync(HttpContext);
        if (area is not null)
        {
            query = query.Where(i => i.CatalogNode == area);
            var index = StandardCatalog.SeedAreas.Select((n, i) => (n, i)).FirstOrDefault(x => $"seed-{x.i + 1}" == area);
            Heading = index.n ?? "信息列表";
        }
        if (unit is not null)
        {
            var u = await db.Units.AsNoTracking().Where(x => x.Code == unit).Select(x => new { x.Id, x.Name }).SingleOrDefaultAsync();
            query = query.Where(i => i.UnitId == (u == null ? -1 : u.Id));
            Heading = u?.Name ?? "单位不存在";
        }
        if (kind == "serviceGuide")
        {
            query = query.Where(i => i.Kind == ItemKind.ServiceGuide);
            Heading = "办事指南";
        }
        Items = (await query.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(PageSize)
            .Select(i => new { i.Id, i.Title, i.PublishedAt }).ToListAsync()).Select(i => (i.Id, i.Title, i.PublishedAt!.Value)).ToList();
    }
}
