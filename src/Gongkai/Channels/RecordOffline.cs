using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record OfflineInput(string? Unit, string? Form, DateOnly? On, string? Place, int? Count, long? ItemId, string? Note);

public sealed record OfflineView(long Id, string Unit, string Form, DateOnly On, string Place, int Count, long? ItemId, string? Note);

/// <summary>Staff enter offline disclosures (公开栏, newspapers, press conferences) with date, place and count; listed per year.</summary>
public sealed class RecordOffline(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<OfflineView> CreateAsync(OfflineInput input, ClaimsPrincipal user)
    {
        var errors = new ValidationErrors().Require("unit", input.Unit, "单位").Require("form", input.Form, "形式")
            .Require("place", input.Place, "地点").MaxLength("place", input.Place, 200, "地点").MaxLength("note", input.Note, 500, "备注");
        if (input.Form is { Length: > 0 } && !OfflineRecord.Forms.Contains(input.Form))
        {
            errors.Add("form", "形式只能是 board（公开栏）、newspaper（报纸）、pressConference（新闻发布会）或 other（其他）");
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
        if (input.On is null)
        {
            errors.Add("on", "请填写日期");
        }
        else if (input.On > today)
        {
            errors.Add("on", "日期不能晚于今天");
        }
        if (input.Count is null or < 1 or > 100000)
        {
            errors.Add("count", "条数须在 1 到 100000 之间");
        }
        var unit = input.Unit is null ? null : await db.Units.AsNoTracking().Where(u => u.Code == input.Unit).Select(u => new { u.Id, u.Code }).SingleOrDefaultAsync();
        if (input.Unit is { Length: > 0 } && unit is null)
        {
            errors.Add("unit", $"单位“{input.Unit}”不存在");
        }
        if (input.ItemId is { } itemId && !await db.Items.AnyAsync(i => i.Id == itemId))
        {
            errors.Add("itemId", $"信息 {itemId} 不存在");
        }
        errors.ThrowIfAny();
        await access.EnsureAsync(user, unit!.Id, Roles.Editor);
        var record = new OfflineRecord
        {
            UnitId = unit.Id, Form = input.Form!, On = input.On!.Value, Place = input.Place!.Trim(), Count = input.Count!.Value,
            ItemId = input.ItemId, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.OfflineRecords.Add(record);
        await db.SaveChangesAsync();
        return new OfflineView(record.Id, unit.Code, record.Form, record.On, record.Place, record.Count, record.ItemId, record.Note);
    }

    public async Task<List<OfflineView>> ListAsync(int year, ClaimsPrincipal user)
    {
        var ids = await access.ScopedUnitIdsAsync(user);
        var from = new DateOnly(year, 1, 1);
        var until = from.AddYears(1);
        var rows = await db.OfflineRecords.AsNoTracking().Where(r => r.On >= from && r.On < until && ids.Contains(r.UnitId))
            .OrderBy(r => r.On).ThenBy(r => r.Id)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r.Id, u.Code, r.Form, r.On, r.Place, r.Count, r.ItemId, r.Note })
            .ToListAsync();
        // Ordered again in memory: the order of a join's result is not guaranteed by every provider.
        return rows.OrderBy(r => r.On).ThenBy(r => r.Id).Select(r => new OfflineView(r.Id, r.Code, r.Form, r.On, r.Place, r.Count, r.ItemId, r.Note)).ToList();
    }
}
