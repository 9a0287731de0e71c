using Gongkai.Catalog;

namespace Gongkai.Portal;

/// <summary>
/// The two public sites on one catalogue: the government website (政府网站, channel <c>website</c>) and the
/// government-affairs disclosure site (政务公开网, channel <c>govAffairsSite</c>). A request is for the second site when
/// its host is <c>Channels:GovAffairsSite:Host</c> or its path starts with <c>Channels:GovAffairsSite:Path</c>
/// (default <c>/zwgk</c>); the prefix then becomes the request's path base, so the same portal pages answer under it
/// and their <c>~/</c> links stay on that site. Lists show only the items targeted to the site's channel.
/// </summary>
public static class PortalSites
{
    public const string DefaultPath = "/zwgk";
    private static readonly object Key = new();

    public static string Channel(HttpContext http) =>
        http.Items.TryGetValue(Key, out var channel) && channel is string c ? c : ItemChannels.Website;

    public static bool IsGovAffairs(HttpContext http) => Channel(http) == ItemChannels.GovAffairsSite;

    /// <summary>The second site's host and path prefix, read from configuration once (not per request: the configuration
    /// manager takes a lock on every read, which was over half of a cached page's time under load).</summary>
    public sealed record Settings(string? Host, PathString Prefix)
    {
        public static Settings From(IConfiguration configuration) => new(
            configuration["Channels:GovAffairsSite:Host"]?.Trim() is { Length: > 0 } host ? host : null,
            new PathString(configuration["Channels:GovAffairsSite:Path"] is { Length: > 1 } p ? p.TrimEnd('/') : DefaultPath));
    }

    /// <summary>Picks the site of a request before routing (and rewrites a <c>/zwgk/…</c> path to its path base).</summary>
    public static Task SelectAsync(HttpContext http, Settings sites, Func<Task> next)
    {
        if (sites.Host is { } host && string.Equals(http.Request.Host.Host, host, StringComparison.OrdinalIgnoreCase))
        {
            http.Items[Key] = ItemChannels.GovAffairsSite;
        }
        else if (http.Request.Path.StartsWithSegments(sites.Prefix, StringComparison.OrdinalIgnoreCase, out var rest)
            && !rest.StartsWithSegments("/api") && !rest.StartsWithSegments("/admin"))
        {
            http.Items[Key] = ItemChannels.GovAffairsSite;
            http.Request.PathBase = http.Request.PathBase.Add(sites.Prefix);
            http.Request.Path = rest.HasValue ? rest : new PathString("/");
        }
        return next();
    }
}

/// <summary>Runs <see cref="PortalSites.SelectAsync"/> first in the pipeline, before routing picks a page.</summary>
internal sealed class PortalSiteStartupFilter(IConfiguration configuration) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var sites = PortalSites.Settings.From(configuration);
        app.Use((http, nextMiddleware) => PortalSites.SelectAsync(http, sites, () => nextMiddleware(http)));
        next(app);
    };
}
