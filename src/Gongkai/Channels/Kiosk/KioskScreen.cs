using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>What a kiosk page knows of its screen: the code (null = all kiosks of the instance), its title, idle period and home path.</summary>
public sealed record KioskView(string? Code, string Name, int IdleSeconds, string Home);

/// <summary>
/// Which kiosk (触摸屏) a page is shown on: <c>/kiosk/{screen}/…</c> names a configured kiosk target, whose items are
/// those targeted to it (<see cref="ScreenTargets.Current"/>); plain <c>/kiosk/…</c> stands for all kiosks of the
/// instance and shows every published item sent to the kiosk channel. The screen's <c>Seconds</c> is the inactivity
/// period before the kiosk returns home.
/// </summary>
public sealed class KioskScreen(AppDbContext db, ScreenTargets screens)
{
    public const int DefaultIdleSeconds = 90;
    public const string AllName = "政府信息公开查询";
    private const string CacheKey = "gk-kiosk-view";

    /// <summary>The path prefix of the kiosk pages on this request: <c>/kiosk</c> or <c>/kiosk/{screen}</c>.</summary>
    public static string Base(HttpContext http) => http.GetRouteValue("screen") is string code ? $"/kiosk/{code}" : "/kiosk";

    public async Task<KioskView> ResolveAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(CacheKey, out var cached) && cached is KioskView view)
        {
            return view;
        }
        if (http.GetRouteValue("screen") is not string code)
        {
            return Remember(http, new KioskView(null, AllName, DefaultIdleSeconds, "/kiosk"));
        }
        var (target, _) = await screens.FindAsync(ItemChannels.Kiosk, code, http.RequestAborted);
        return Remember(http, new KioskView(target.Code, target.Name, target.Seconds ?? DefaultIdleSeconds, $"/kiosk/{target.Code}"));
    }

    /// <summary>Published proactive items listed on the kiosk of this request (all kiosks, or one screen; unknown screen = 404).</summary>
    public async Task<IQueryable<Item>> ItemsAsync(HttpContext http) =>
        http.GetRouteValue("screen") is string code
            ? Proactive(await OnScreenAsync(code, http.RequestAborted))
            : AnyKiosk();

    /// <summary>Published proactive items sent to the kiosk channel, on any kiosk (what the kiosk search finds and may open).</summary>
    public IQueryable<Item> AnyKiosk() =>
        Proactive(db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Published && i.Channels.Contains(ItemChannels.Kiosk)));

    private static IQueryable<Item> Proactive(IQueryable<Item> query) => query.Where(i => i.DisclosureMode == DisclosureMode.Proactive);

    private async Task<IQueryable<Item>> OnScreenAsync(string code, CancellationToken cancellationToken)
    {
        var (target, units) = await screens.FindAsync(ItemChannels.Kiosk, code, cancellationToken);
        return screens.Current(target, units);
    }

    private static KioskView Remember(HttpContext http, KioskView view)
    {
        http.Items[CacheKey] = view;
        return view;
    }
}
