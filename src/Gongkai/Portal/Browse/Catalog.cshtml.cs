using Gongkai.Catalog;
using Gongkai.Portal.Items;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Portal.Browse;

/// <summary>法定主动公开内容: browse by 公开目录 node, unit, topic, genre (kind) and year, paged.</summary>
[OutputCache(PolicyName = PortalCache.ListPolicy)]
public sealed class CatalogModel(ListPublicItems list, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>The <c>page</c> query value; read by hand because Razor Pages binds the name "page" to its own route value.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public PublicItemPage Items { get; private set; } = new(0, 1, PageSize, []);
    public int CurrentYear => Publishing.Timeliness.ChinaDay(time.GetUtcNow().UtcDateTime).Year;
    public IReadOnlyList<CatalogTemplateNode> Nodes => StandardCatalog.Nodes;
    public string Heading => Category is { Length: > 0 } c ? CatalogNodeNames.StandardName(c) : "法定主动公开内容";

    public async Task OnGetAsync()
    {
        var year = Year is >= 1900 and <= 2999 ? Year : null;
        var kind = Enum.TryParse<ItemKind>(Kind, true, out _) ? Kind : null;
        Items = await list.RunAsync(new PublicItemFilter(Unit, Category, year, Topic, kind, PortalSites.Channel(HttpContext)), Math.Clamp(PageNumber, 1, ListPublicItems.MaxPage), PageSize, PublicItemCursor.Parse(After), HttpContext.RequestAborted);
    }

    public static IEnumerable<(string Value, string Name)> Kinds =>
        Enum.GetValues<ItemKind>().Select(k => (PublicItems.Camel(k.ToString()), k.Chinese()));
}
