using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Guide;

/// <summary>政府信息公开指南 (条例第十二条), generated per unit from its data: office, address, hours, phones, how to apply.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class GuideModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")] public string? UnitCode { get; set; }
    public Unit Unit { get; private set; } = null!;
    public List<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ToListAsync();
        Unit = (UnitCode is { Length: > 0 } code ? Units.FirstOrDefault(u => u.Code == code) : Units.FirstOrDefault(u => u.ParentId == null))
            ?? throw new NotFoundException($"单位“{UnitCode}”不存在");
        PortalCache.Tag(HttpContext, PortalCache.UnitTag(Unit.Code));
    }
}
