using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

public sealed record CatalogNodeView(string Code, string? ParentCode, string Name, string? Frequency, List<CatalogNodeView> Children);

/// <summary>A unit's 公开目录: the standard template until the unit changes it, then its own rows.</summary>
public static class CatalogTree
{
    /// <summary>
    /// The code of the unit's node named by <paramref name="codeOrName"/>: its code, its full name, or its name without
    /// the enumeration prefix (（七）, 县级：…), as clerks and importing systems write it; null when there is none.
    /// </summary>
    public static async Task<string?> ResolveNodeAsync(AppDbContext db, int unitId, string codeOrName)
    {
        var wanted = codeOrName.Trim();
        var own = await db.CatalogNodes.AsNoTracking().Where(n => n.UnitId == unitId).Select(n => new { n.Code, n.Name }).ToListAsync();
        var nodes = own.Count > 0 ? own.Select(n => (n.Code, n.Name)).ToList() : StandardCatalog.Nodes.Select(n => (n.Code, n.Name)).ToList();
        return nodes.FirstOrDefault(n => n.Code == wanted).Code
            ?? nodes.FirstOrDefault(n => n.Name == wanted).Code
            ?? nodes.FirstOrDefault(n => BareName(n.Name) == wanted).Code;
    }

    private static string BareName(string name)
    {
        var bare = name.StartsWith('（') && name.IndexOf('）', StringComparison.Ordinal) is var close and > 0 ? name[(close + 1)..] : name;
        return bare.IndexOf('：', StringComparison.Ordinal) is var colon and > 0 and < 4 ? bare[(colon + 1)..] : bare;
    }

    /// <summary>Copies the template into the unit's own rows (once), so the unit can edit its tree.</summary>
    public static async Task EnsureOwnAsync(AppDbContext db, int unitId)
    {
        if (await db.CatalogNodes.AnyAsync(n => n.UnitId == unitId))
        {
            return;
        }
        db.CatalogNodes.AddRange(StandardCatalog.Nodes.Select((n, i) => new CatalogNode
        {
            UnitId = unitId, Code = n.Code, ParentCode = n.ParentCode, Name = n.Name, Frequency = n.Frequency, SortOrder = i,
        }));
        await db.SaveChangesAsync();
    }

    public static async Task<List<CatalogNodeView>> ListAsync(AppDbContext db, int unitId)
    {
        var own = await db.CatalogNodes.AsNoTracking().Where(n => n.UnitId == unitId).OrderBy(n => n.SortOrder).ToListAsync();
        var flat = own.Count > 0
            ? own.Select(n => (n.Code, n.ParentCode, n.Name, n.Frequency)).ToList()
            : StandardCatalog.Nodes.Select(n => (n.Code, n.ParentCode, n.Name, n.Frequency)).ToList();
        var children = flat.ToLookup(n => n.ParentCode);
        List<CatalogNodeView> Level(string? parent) =>
            children[parent].Select(n => new CatalogNodeView(n.Code, n.ParentCode, n.Name, n.Frequency, Level(n.Code))).ToList();
        return Level(null);
    }
}
