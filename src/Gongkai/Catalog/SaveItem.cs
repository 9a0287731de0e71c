using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>Creates a draft, edits a draft, or revises a published item (the published version is kept).</summary>
public sealed class SaveItem(AppDbContext db, UnitAccess access, TimeProvider time, Search.SearchOutbox search)
{
    public async Task<Item> CreateAsync(ItemInput input, ClaimsPrincipal user)
    {
        (var unitId, var parsed, input) = await ValidateAsync(input, user);
        var now = time.GetUtcNow().UtcDateTime;
        var item = new Item { Title = "", CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(item, unitId, parsed);
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public async Task<Item> UpdateAsync(long id, ItemInput input, string? ifMatch, ClaimsPrincipal user)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId, Roles.Editor);
        EnsureCurrent(item, ifMatch);
        var action = item.Status == ItemStatus.Published ? ItemAction.Revise : ItemAction.Edit;
        var decision = ItemWorkflow.Decide(item.Status, action);
        if (!decision.Allowed)
        {
            throw new ConflictException(decision.Refusal!);
        }
        (var unitId, var parsed, input) = await ValidateAsync(input, user);
        input.ApplyTo(item, unitId, parsed);
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        if (action == ItemAction.Revise)
        {
            item.Apply(ItemAction.Revise);
            db.ItemVersions.Add(ItemVersion.Of(item, item.UpdatedAt, user.Identity?.Name));
            search.Enqueue(item.Id, Search.SearchOperation.Upsert);
            db.RecordAction("revise", nameof(Item), id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { item.Revision });
        }
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>412 unless the caller's If-Match names the current version; the save also checks it against races.</summary>
    public void EnsureCurrent(Item item, string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new PreconditionFailedException("修改信息须携带 If-Match 请求头（取自读取时的 ETag），以免覆盖他人的修改");
        }
        var tag = ifMatch.Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        if (tag != item.ETag)
        {
            throw new PreconditionFailedException("该信息已被他人修改，请刷新后在最新版本上修改");
        }
        db.Entry(item).Property(i => i.Version).OriginalValue = item.Version;
    }

    /// <summary>Validates the input; the input returned names its catalogue node by code.</summary>
    private async Task<(int UnitId, ParsedEnums Parsed, ItemInput Input)> ValidateAsync(ItemInput input, ClaimsPrincipal user)
    {
        var errors = new ValidationErrors();
        var parsed = input.Validate(errors);
        var unitId = input.Unit is { Length: > 0 } code
            ? await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync()
            : null;
        if (input.Unit is { Length: > 0 } && unitId is null)
        {
            errors.Add("unit", $"单位“{input.Unit}”不存在");
        }
        if (input.CatalogNode is { Length: > 0 } node && unitId is { } u)
        {
            var nodeCode = await CatalogTree.ResolveNodeAsync(db, u, node);
            if (nodeCode is null)
            {
                errors.Add("catalogNode", $"公开目录节点“{node}”不存在（可填写目录节点的代码或名称）");
            }
            input = input with { CatalogNode = nodeCode };
        }
        if (input.PolicyItemId is { } policy && !await db.Items.AnyAsync(i => i.Id == policy))
        {
            errors.Add("policyItemId", $"所解读的政策文件 {policy} 不存在");
        }
        errors.ThrowIfAny();
        await access.EnsureAsync(user, unitId!.Value, Roles.Editor);
        return (unitId.Value, parsed, input);
    }
}
