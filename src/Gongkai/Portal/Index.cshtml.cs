using Gongkai.Data;
using Gongkai.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync() => Units = await UnitsApi.ListAsync(db);
}
