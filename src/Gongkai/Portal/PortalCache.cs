using System.Globalization;
using Gongkai.Portal.PageBytes;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Portal;

/// <summary>
/// Output caching of public pages and public API answers. Lists (home, catalogue, search, feeds, sitemap, list API)
/// carry the tag <see cref="Lists"/>, unit pages <c>unit-CODE</c>, item pages and answers <c>item-ID</c>; the
/// search sync evicts exactly those tags when it applies an item's change (<see cref="EvictPortalCache"/>), on every
/// node and only after the change is committed and indexed, so a cached page never outlives what it shows.
/// </summary>
public static class PortalCache
{
    public const string Policy = "portal";
    public const string ListPolicy = "portal-lists";
    public const string Lists = "lists";

    public static string ItemTag(long id) => "item-" + id.ToString(CultureInfo.InvariantCulture);

    public static string UnitTag(string code) => "unit-" + code;

    public static IServiceCollection AddPortalCache(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Policy, b => Vary(b));
            o.AddPolicy(ListPolicy, b => Vary(b).Tag(Lists));
        });
        services.AddScoped<Search.ISearchAppliedListener, EvictPortalCache>();
        services.AddPageBytes();
        return services;
    }

    /// <summary>Adds a tag to the answer being cached (item and unit pages know theirs only once they run).</summary>
    public static void Tag(HttpContext http, string tag) => http.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);

    private static OutputCachePolicyBuilder Vary(OutputCachePolicyBuilder b) => b
        .Expire(TimeSpan.FromMinutes(10))
        .SetVaryByQuery("*")
        // The page's language and the larger-text mode (适老化) come from cookies; the site (政府网站 or 政务公开网) from host or path.
        .VaryByValue(http => new KeyValuePair<string, string>("view",
            CultureInfo.CurrentUICulture.Name + "|" + http.Request.Cookies["gk-a11y"] + "|" + PortalSites.Channel(http)));
}
