using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal;

/// <summary>Switches the larger-text, high-contrast mode (适老化) on or off, then goes back.</summary>
public sealed class AccessibilityModel : PageModel
{
    public IActionResult OnGet(string? mode)
    {
        Response.Cookies.Append("gk-a11y", mode == "large" ? "large" : "normal",
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        var back = Request.Headers.Referer.ToString();
        return LocalRedirect(Uri.TryCreate(back, UriKind.Absolute, out var uri) ? uri.PathAndQuery : "/");
    }
}
