using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record ScreensInput(List<string>? Screens);

/// <summary>Editors and approvers of the item's unit choose the screens it is shown on (audited); an empty list returns to the default.</summary>
public sealed class EditItemScreens(AppDbContext db, UnitAccess access)
{
    public async Task<List<ScreenOption>> GetAsync(long id, ClaimsPrincipal user)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId);
        return await ChooseScreens.OptionsAsync(db, item);
    }

    public async Task<List<ScreenOption>> SaveAsync(long id, ScreensInput input, ClaimsPrincipal user)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId, Roles.Editor, Roles.Approver);
        var codes = input.Screens ?? [];
        await ChooseScreens.ReplaceAsync(db, item, codes);
        db.RecordAction("channelScreens", nameof(Item), id.ToString(CultureInfo.InvariantCulture), new { screens = codes });
        await db.SaveChangesAsync();
        return await ChooseScreens.OptionsAsync(db, item);
    }
}
