using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Portal.Items;
using Gongkai.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Browse;

/// <summary>A unit's 政府信息公开 page: its contacts, its sub-units, its latest items (paged).</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class UnitPageModel(AppDbContext db, ListPublicItems list) : PageModel
{
    public Unit Unit { get; private set; } = null!;
    public List<Unit> Children { get; private set; } = [];
    public PublicItemPage Items { get; private set; } = new(0, 1, 20, []);
    /// <summary>The <c>page</c> query value; read by hand because Razor Pages binds the name "page" to its own route value.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public async Task OnGetAsync(string code)
    {
        PortalCache.Tag(HttpContext, PortalCache.UnitTag(code));
        Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code) ?? throw new NotFoundException($"单位“{code}”不存在");
        Children = await db.Units.AsNoTracking().Where(u => u.ParentId == Unit.Id).OrderBy(u => u.SortOrder).ToListAsync();
        Items = await list.RunAsync(new PublicItemFilter(Unit: code, Channel: PortalSites.Channel(HttpContext)), Math.Clamp(PageNumber, 1, ListPublicItems.MaxPage), 20, PublicItemCursor.Parse(After), HttpContext.RequestAborted);
    }
}
