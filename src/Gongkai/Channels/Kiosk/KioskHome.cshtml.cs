using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>The kiosk's home screen: big tiles for the content areas, service guides, and the units.</summary>
public sealed class KioskHomeModel(AppDbContext db, KioskScreen kiosk) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Areas { get; } =
        StandardCatalog.SeedAreas.Select((name, i) => ($"seed-{i + 1}", name)).ToList();

    public List<(string Code, string Name)> Units { get; private set; } = [];
    public string Base { get; private set; } = "/kiosk";

    public async Task<IActionResult> OnGetAsync()
    {
        // The former address /kiosk?screen=… of a configured kiosk moves to /kiosk/{screen}.
        if (HttpContext.GetRouteValue("screen") is null && Request.Query["screen"].FirstOrDefault() is { Length: > 0 } old)
        {
            return Redirect($"/kiosk/{Uri.EscapeDataString(old)}");
        }
        await kiosk.ResolveAsync(HttpContext);
        Base = KioskScreen.Base(HttpContext);
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
        return Page();
    }
}
