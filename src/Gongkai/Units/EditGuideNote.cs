using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Portal;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Units;

/// <summary>A unit administrator edits the text the unit adds to its generated 政府信息公开指南; the guide page shows it at once.</summary>
public sealed class EditGuideNote(AppDbContext db, UnitAccess access, IOutputCacheStore cache, Portal.PageBytes.PageBytesCache bytes, Search.SearchOutbox outbox)
{
    public const int MaxLength = 20_000;

    public async Task<Unit> LoadAsync(string code, ClaimsPrincipal user)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code) ?? throw new NotFoundException($"单位“{code}”不存在");
        await access.EnsureAsync(user, unit.Id, Roles.UnitAdmin);
        return unit;
    }

    public async Task SaveAsync(string code, string? html, ClaimsPrincipal user)
    {
        new ValidationErrors().MaxLength("guideNote", html, MaxLength, "指南补充说明").ThrowIfAny();
        var unit = await LoadAsync(code, user);
        unit.GuideNote = string.IsNullOrWhiteSpace(html) ? null : BodySanitizer.Clean(html.Trim());
        // Every node (this one included) drops the unit's pages when its search sync reads this outbox row.
        outbox.EnqueueUnitPages(unit.Id);
        await db.SaveChangesAsync();
        // This node's caches at once, so the editor sees the change on the next request.
        await cache.EvictByTagAsync(PortalCache.UnitTag(code), default);
        bytes.Evict([PortalCache.UnitTag(code)]);
    }
}
