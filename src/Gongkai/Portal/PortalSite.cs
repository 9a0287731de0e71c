using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

public sealed record SiteInfo(string Name, string? Address, string? Phone, string? OfficeHours);

/// <summary>How a public site presents itself: its name in the header, the line beside it, and the CSS class of its look.</summary>
public sealed record SiteLook(string Channel, string Name, string Tagline, string CssClass);

/// <summary>The portal's owner: the top government unit of the instance, whose contacts fill the footer.</summary>
public sealed class PortalSite(AppDbContext db, IConfiguration configuration)
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

    /// <summary>
    /// The look of the site a request is for. The 政务公开网 takes its name from <c>Channels:GovAffairsSite:Name</c>, else
    /// from its configured channel target, else the owner's name followed by 政务公开网.
    /// </summary>
    public async Task<SiteLook> LookAsync(HttpContext http)
    {
        var owner = await GetAsync();
        if (!PortalSites.IsGovAffairs(http))
        {
            return new SiteLook(ItemChannels.Website, owner.Name, "政府信息公开", "site-website");
        }
        var name = configuration["Channels:GovAffairsSite:Name"];
        if (string.IsNullOrWhiteSpace(name))
        {
            name = await db.ChannelTargets.AsNoTracking().Where(t => t.Kind == ItemChannels.GovAffairsSite && t.Active)
                .OrderBy(t => t.Id).Select(t => t.Name).FirstOrDefaultAsync() ?? owner.Name + "政务公开网";
        }
        return new SiteLook(ItemChannels.GovAffairsSite, name, "政务公开", "site-zwgk");
    }
}
