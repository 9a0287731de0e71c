using Gongkai.Data;
using Gongkai.Portal.Items;
using Gongkai.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Portal;

public sealed record HomeArea(string Code, string Name, IReadOnlyList<PublicItemRow> Items);

/// <summary>The portal home: the latest items, the latest per area of the 公开目录, and the units.</summary>
[OutputCache(PolicyName = PortalCache.ListPolicy)]
public sealed class IndexModel(AppDbContext db, ListPublicItems list) : PageModel
{
    private static readonly (string Code, string Name)[] AreaNodes =
    [
        ("art20-01", "政策文件"), ("art20-05", "行政许可和服务事项"), ("seed-1", "重大工程项目建设"), ("seed-2", "与公众密切相关的重大事项"),
        ("seed-3", "政务活动"), ("seed-4", "公共资金使用和监督"),
    ];

    public List<UnitView> Units { get; private set; } = [];
    public IReadOnlyList<PublicItemRow> Latest { get; private set; } = [];
    public List<HomeArea> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var channel = PortalSites.Channel(HttpContext);
        Units = await UnitsApi.ListAsync(db);
        // The newest rows only: these blocks show no totals, and counting a million items per block cost minutes.
        Latest = await list.NewestAsync(new PublicItemFilter(Channel: channel), 10, cancel);
        foreach (var (code, name) in AreaNodes)
        {
            Areas.Add(new HomeArea(code, name, await list.NewestAsync(new PublicItemFilter(Category: code, Channel: channel), 6, cancel)));
        }
    }
}
