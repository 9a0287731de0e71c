using System.Security.Claims;
using System.Text.RegularExpressions;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

public sealed record CatalogNodeInput(string? Name, string? ParentCode, string? Frequency, int? SortOrder);

/// <summary>
/// A unit administrator adds, renames, moves and removes nodes of the unit's 公开目录. The first change copies the
/// standard template into the unit's own rows. A node with items or children under it cannot be removed.
/// </summary>
public sealed partial class EditCatalogNode(AppDbContext db, UnitAccess access)
{
    public async Task<CatalogNodeView> SaveAsync(string unitCode, string code, CatalogNodeInput input, ClaimsPrincipal user)
    {
        var unitId = await CatalogApi.UnitIdAsync(db, unitCode);
        await access.EnsureAsync(user, unitId, Roles.UnitAdmin);
        var errors = new ValidationErrors().Require("name", input.Name, "目录名称").MaxLength("name", input.Name, 100, "目录名称")
            .MaxLength("frequency", input.Frequency, 100, "公开时限");
        if (!CodePattern().IsMatch(code))
        {
            errors.Add("code", "目录代码应为1至32位小写字母、数字或连字符");
        }
        var effective = Flatten(await CatalogTree.ListAsync(db, unitId)).ToDictionary(n => n.Code, n => n.ParentCode);
        var parent = input.ParentCode is { Length: > 0 } p ? p.Trim() : null;
        if (parent is not null && !effective.ContainsKey(parent))
        {
            errors.Add("parentCode", $"上级目录“{parent}”不存在");
        }
        else if (parent is not null && IsSelfOrBelow(effective, parent, code))
        {
            errors.Add("parentCode", "不能把目录移到它自己或它的下级之下");
        }
        errors.ThrowIfAny();
        await CatalogTree.EnsureOwnAsync(db, unitId);
        var nodes = await db.CatalogNodes.Where(n => n.UnitId == unitId).ToListAsync();
        var node = nodes.SingleOrDefault(n => n.Code == code);
        if (node is null)
        {
            node = new CatalogNode { UnitId = unitId, Code = code, ParentCode = parent, Name = input.Name!.Trim() };
            node.SortOrder = input.SortOrder ?? nodes.Select(n => n.SortOrder).DefaultIfEmpty(0).Max() + 1;
            db.CatalogNodes.Add(node);
        }
        else
        {
            node.Name = input.Name!.Trim();
            node.ParentCode = parent; // checked above: no cycle
            node.SortOrder = input.SortOrder ?? node.SortOrder;
        }
        node.Frequency = input.Frequency is { Length: > 0 } f ? f.Trim() : null;
        await db.SaveChangesAsync();
        return new CatalogNodeView(node.Code, node.ParentCode, node.Name, node.Frequency, []);
    }

    public async Task DeleteAsync(string unitCode, string code, ClaimsPrincipal user)
    {
        var unitId = await CatalogApi.UnitIdAsync(db, unitCode);
        await access.EnsureAsync(user, unitId, Roles.UnitAdmin);
        await CatalogTree.EnsureOwnAsync(db, unitId);
        var node = await db.CatalogNodes.SingleOrDefaultAsync(n => n.UnitId == unitId && n.Code == code)
            ?? throw new NotFoundException($"公开目录节点“{code}”不存在");
        if (await db.CatalogNodes.AnyAsync(n => n.UnitId == unitId && n.ParentCode == code))
        {
            throw new ConflictException("该目录下还有下级目录，请先删除或移走下级目录");
        }
        var items = await db.Items.CountAsync(i => i.UnitId == unitId && i.CatalogNode == code);
        if (items > 0)
        {
            throw new ConflictException($"该目录下还有 {items} 条信息，请先把信息移到其他目录");
        }
        db.CatalogNodes.Remove(node);
        await db.SaveChangesAsync();
    }

    private static IEnumerable<CatalogNodeView> Flatten(IEnumerable<CatalogNodeView> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static bool IsSelfOrBelow(Dictionary<string, string?> parents, string candidate, string code)
    {
        for (var at = candidate; at is not null; at = parents.GetValueOrDefault(at))
        {
            if (at == code)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex CodePattern();
}
