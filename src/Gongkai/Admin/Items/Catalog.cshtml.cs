using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Items;

/// <summary>A unit's 公开目录 with the number of items under each node.</summary>
public sealed class CatalogModel(AppDbContext db, UnitAccess access, EditCatalogNode edit) : PageModel
{
    [BindProperty] public string? NodeCode { get; set; }
    [BindProperty] public CatalogNodeInput Node { get; set; } = new(null, null, null, null);
    public string? Message { get; private set; }

    /// <summary>Adds a node, or renames/moves the node with that code.</summary>
    public Task<IActionResult> OnPostSaveAsync() => ChangeAsync(() => edit.SaveAsync(Unit ?? "", NodeCode ?? "", Node, User), "已保存");

    public Task<IActionResult> OnPostDeleteAsync() => ChangeAsync(() => edit.DeleteAsync(Unit ?? "", NodeCode ?? "", User), "已删除");

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
            TempData["Saved"] = $"{done}：{NodeCode}";
            return Redirect($"/admin/catalog?unit={Uri.EscapeDataString(Unit ?? "")}");
        }
        catch (Exception e) when (e is Gongkai.Infrastructure.ValidationException or Gongkai.Infrastructure.ConflictException)
        {
            Message = e is Gongkai.Infrastructure.ValidationException v ? string.Join("；", v.Errors.SelectMany(x => x.Value)) : e.Message;
            Response.StatusCode = e is Gongkai.Infrastructure.ConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    public List<(string Code, string Name)> Units { get; private set; } = [];
    public List<CatalogNodeView> Tree { get; private set; } = [];
    public Dictionary<string, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var scoped = await access.ScopedUnitIdsAsync(User);
        var units = await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id)).OrderBy(u => u.SortOrder).ToListAsync();
        Units = units.Select(u => (u.Code, u.Name)).ToList();
        var unit = units.FirstOrDefault(u => u.Code == Unit) ?? units.FirstOrDefault();
        if (unit is null)
        {
            return;
        }
        Unit = unit.Code;
        Tree = await CatalogTree.ListAsync(db, unit.Id);
        Counts = await db.Items.AsNoTracking().Where(i => i.UnitId == unit.Id && i.CatalogNode != null)
            .GroupBy(i => i.CatalogNode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
