using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Items;

/// <summary>The item work list (信息管理), filtered by unit and status.</summary>
public sealed class IndexModel(AppDbContext db, UnitAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public List<(string Code, string Name)> Units { get; private set; } = [];
    public List<(long Id, string Title, string Unit, ItemStatus Status, string? IndexNumber, DateOnly FormedOn, bool Late)> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var scoped = await access.ScopedUnitIdsAsync(User);
        var units = await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id)).OrderBy(u => u.SortOrder).ToListAsync();
        Units = units.Select(u => (u.Code, u.Name)).ToList();
        var query = db.Items.AsNoTracking().Where(i => scoped.Contains(i.UnitId));
        if (units.FirstOrDefault(u => u.Code == Unit) is { } unit)
        {
            query = query.Where(i => i.UnitId == unit.Id);
        }
        if (Enum.TryParse<ItemStatus>(Status, true, out var status))
        {
            query = query.Where(i => i.Status == status);
        }
        Total = await query.CountAsync();
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = await query.OrderByDescending(i => i.Id).Skip((Math.Max(PageNumber, 1) - 1) * 50).Take(50)
            .Select(i => new { i.Id, i.Title, i.UnitId, i.Status, i.IndexNumber, i.FormedOn, i.PublishedLate }).ToListAsync();
        Rows = rows.Select(r => (r.Id, r.Title, names[r.UnitId], r.Status, r.IndexNumber, r.FormedOn, r.PublishedLate)).ToList();
    }
}
