using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Admin;

public sealed record ChannelItemRow(long Id, string Title, ItemStatus Status, DateTime? PublishedAt, List<string> Channels);

/// <summary>The items of the user's units that go beyond the websites (screens, new media, offline), newest first, to open their channel page.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin + "," + Roles.Editor + "," + Roles.Approver)]
public sealed class ChannelItemsModel(AppDbContext db, UnitAccess access) : PageModel
{
    public const int Limit = 50;
    private static readonly string[] Beyond = [ItemChannels.ServiceHall, ItemChannels.Led, ItemChannels.Kiosk, ItemChannels.NewMedia, ItemChannels.Offline];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<ChannelItemRow> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var units = await access.ScopedUnitIdsAsync(User);
        var query = db.Items.AsNoTracking().Where(i => units.Contains(i.UnitId)
            && (i.Status == ItemStatus.Published || i.Status == ItemStatus.Approved || i.Status == ItemStatus.Scheduled));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = long.TryParse(q, out var id) ? query.Where(i => i.Id == id) : query.Where(i => i.Title.Contains(q));
        }
        else
        {
            query = query.Where(i => i.Channels.Any(c => Beyond.Contains(c)));
        }
        Items = await query.OrderByDescending(i => i.Id).Take(Limit)
            .Select(i => new ChannelItemRow(i.Id, i.Title, i.Status, i.PublishedAt, i.Channels)).ToListAsync();
    }
}
