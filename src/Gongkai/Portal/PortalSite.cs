using Gongkai.Data;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

public sealed record SiteInfo(string Name, string? Address, string? Phone, string? OfficeHours);

/// <summary>The portal's owner: the top government unit of the instance, whose contacts fill the footer.</summary>
public sealed class PortalSite(AppDbContext db)
{
    private SiteInfo? cached;

    public async Task<SiteInfo> GetAsync()
    {
        if (cached is not null)
        {
            return cached;
        }
        var top = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == null)
            .OrderBy(u => u.Kind == UnitKind.Government ? 0 : 1).ThenBy(u => u.SortOrder)
            .FirstOrDefaultAsync();
        return cached = top is null
            ? new SiteInfo("政府信息公开平台", null, null, null)
            : new SiteInfo(top.Name, top.Address, top.Phone, top.OfficeHours);
    }
}
