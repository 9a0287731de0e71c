using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Channels.Kiosk;

/// <summary>The kiosk search page; its results (<c>?handler=results&amp;q=</c>) are those of this kiosk only.</summary>
public sealed class KioskSearchModel(SearchKiosk search) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetResultsAsync(string? q) => new JsonResult(await search.RunAsync(HttpContext, q));
}
