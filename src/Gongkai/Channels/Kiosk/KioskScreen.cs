using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>
/// Which kiosk (触摸屏) a page is shown on: <c>?screen=</c> on the home page picks a configured kiosk target and is
/// remembered in a cookie; its <c>Seconds</c> is the inactivity period before the kiosk returns home.
/// </summary>
public sealed class KioskScreen(AppDbContext db)
{
    public const string Cookie = "gk-kiosk";
    public const int DefaultIdleSeconds = 90;

    public async Task<(string? Code, string Name, int IdleSeconds)> ResolveAsync(HttpContext http)
    {
        var code = http.Request.Query["screen"].FirstOrDefault() ?? http.Request.Cookies[Cookie];
        var target = code is null ? null : await db.ChannelTargets.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Code == code && t.Kind == ItemChannels.Kiosk && t.Active);
        if (target is not null && http.Request.Query.ContainsKey("screen"))
        {
            http.Response.Cookies.Append(Cookie, target.Code, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        return (target?.Code, target?.Name ?? "政府信息公开查询", target?.Seconds ?? DefaultIdleSeconds);
    }
}
