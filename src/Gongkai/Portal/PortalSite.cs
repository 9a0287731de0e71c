using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

public sealed record SiteInfo(string Name, string? Address, string? Phone, string? OfficeHours);

/// <summary>How a public site presents itself: its name in the header, the line beside it, and the CSS class of its look.</summary>
public sealed record SiteLook(string Channel, string Name, string Tagline, string CssClass);

/// <summary>
/// The portal's owner (the top government unit of the instance, whose contacts fill the footer) and the look of each
/// public site. Read at most once a minute per node: every public page's layout asks, and a query per page cost as
/// much as the item page's own data (docs/benchmarks.md, round 7). Pages are output-cached for ten minutes anyway, so
/// an edit of the top unit's contacts reaches new pages within a minute and every page within eleven.
/// </summary>
public sealed class PortalSite(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private Snapshot? snapshot;

    private sealed record Snapshot(SiteInfo Owner, string GovAffairsName, DateTimeOffset ReadAt);

    public async Task<SiteInfo> GetAsync() => (await CurrentAsync()).Owner;

    /// <summary>
    /// The look of the site a request is for. The 政务公开网 takes its name from <c>Channels:GovAffairsSite:Name</c>, else
    /// from its configured channel target, else the owner's name followed by 政务公开网.
    /// </summary>
    public async Task<SiteLook> LookAsync(HttpContext http)
    {
        var current = await CurrentAsync();
        return PortalSites.IsGovAffairs(http)
            ? new SiteLook(ItemChannels.GovAffairsSite, current.GovAffairsName, "政务公开", "site-zwgk")
            : new SiteLook(ItemChannels.Website, current.Owner.Name, "政府信息公开", "site-website");
    }

    private async Task<Snapshot> CurrentAsync()
    {
        var current = Volatile.Read(ref snapshot);
        if (current is not null && time.GetUtcNow() - current.ReadAt < Fresh)
        {
            return current;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var top = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == null)
            .OrderBy(u => u.Kind == UnitKind.Government ? 0 : 1).ThenBy(u => u.SortOrder)
            .FirstOrDefaultAsync();
        var owner = top is null
            ? new SiteInfo("政府信息公开平台", null, null, null)
            : new SiteInfo(top.Name, top.Address, top.Phone, top.OfficeHours);
        var name = configuration["Channels:GovAffairsSite:Name"];
        if (string.IsNullOrWhiteSpace(name))
        {
            name = await db.ChannelTargets.AsNoTracking().Where(t => t.Kind == ItemChannels.GovAffairsSite && t.Active)
                .OrderBy(t => t.Id).Select(t => t.Name).FirstOrDefaultAsync() ?? owner.Name + "政务公开网";
        }
        current = new Snapshot(owner, name, time.GetUtcNow());
        Volatile.Write(ref snapshot, current);
        return current;
    }
}
