using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Portal.Items;

/// <summary>The public item page: metadata table, body, service-guide fields, linked interpretations, print view.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class ItemPageModel(GetPublicItem get) : PageModel
{
    public PublicItemDetail Item { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Print { get; set; }

    public async Task OnGetAsync(long id)
    {
        PortalCache.Tag(HttpContext, PortalCache.ItemTag(id));
        Item = await get.RunAsync(id, HttpContext.RequestAborted);
    }

    public static string KindName(string kind) => Enum.TryParse<Catalog.ItemKind>(kind, true, out var k) ? Catalog.ItemNames.Chinese(k) : kind;
}
