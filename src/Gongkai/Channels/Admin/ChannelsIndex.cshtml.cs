using Gongkai.Accounts;
using Gongkai.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Admin;

/// <summary>The back office of the channels: configured targets, the year's counts per channel, the latest deliveries.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin + "," + Roles.Editor + "," + Roles.Supervisor)]
public sealed class ChannelsIndexModel(AppDbContext db, ChannelStatistics statistics, TimeProvider time) : PageModel
{
    public List<ChannelTarget> Targets { get; private set; } = [];
    public ChannelStatisticsView Statistics { get; private set; } = null!;
    public List<(ChannelDelivery Delivery, string Title)> Deliveries { get; private set; } = [];
    public int Year { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? time.GetUtcNow().UtcDateTime.AddHours(8).Year;
        Targets = await db.ChannelTargets.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Code).ToListAsync();
        Statistics = await statistics.RunAsync(Year, null, null, User, HttpContext.RequestAborted);
        Deliveries = (await db.ChannelDeliveries.AsNoTracking().OrderByDescending(d => d.Id).Take(30)
            .Join(db.Items, d => d.ItemId, i => i.Id, (d, i) => new { d, i.Title }).ToListAsync()).Select(x => (x.d, x.Title)).ToList();
    }
}
