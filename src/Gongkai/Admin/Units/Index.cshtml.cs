using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Units;

/// <summary>The unit tree (组织机构) as the signed-in administrator may manage it.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin)]
public sealed class IndexModel(AppDbContext db, UnitAccess access) : PageModel
{
    public List<UnitView> Units { get; private set; } = [];
    public HashSet<string> Editable { get; private set; } = [];
    public ILookup<string?, UnitView> Children { get; private set; } = Array.Empty<UnitView>().ToLookup(u => u.ParentCode);
    public bool CanCreate => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        Units = await UnitsApi.ListAsync(db);
        var scope = await access.ScopedUnitIdsAsync(User);
        var codes = db.Units.Where(u => scope.Contains(u.Id)).Select(u => u.Code);
        Editable = [.. codes];
        Children = Units.ToLookup(u => u.ParentCode);
    }
}
