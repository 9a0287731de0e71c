using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>The kiosk's home screen: big tiles for the content areas, service guides, and the units.</summary>
public sealed class KioskHomeModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Areas { get; } =
        StandardCatalog.SeedAreas.Select((name, i) => ($"seed-{i + 1}", name)).ToList();

    public List<(string Code, string Name)> Units { get; private set; } = [];

    public async Task OnGetAsync() =>
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
}
