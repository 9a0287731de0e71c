using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Items;

/// <summary>
/// Names of 公开目录 nodes: a unit's own rows where it has them, the standard template otherwise. Loaded in one
/// query, so lists and the search source label nodes without a query per row.
/// </summary>
public sealed class CatalogNodeNames
{
    private static readonly Dictionary<string, string> Standard = StandardCatalog.Nodes.ToDictionary(n => n.Code, n => n.Name);
    private readonly Dictionary<(int UnitId, string Code), string> own;
    private readonly HashSet<int> unitsWithOwn;

    private CatalogNodeNames(Dictionary<(int, string), string> own)
    {
        this.own = own;
        unitsWithOwn = own.Keys.Select(k => k.Item1).ToHashSet();
    }

    public static async Task<CatalogNodeNames> LoadAsync(AppDbContext db, IReadOnlyCollection<int>? unitIds = null, CancellationToken cancellationToken = default)
    {
        var query = db.CatalogNodes.AsNoTracking();
        if (unitIds is not null)
        {
            query = query.Where(n => unitIds.Contains(n.UnitId));
        }
        var rows = await query.Select(n => new { n.UnitId, n.Code, n.Name }).ToListAsync(cancellationToken);
        return new CatalogNodeNames(rows.ToDictionary(r => (r.UnitId, r.Code), r => r.Name));
    }

    public string Name(int unitId, string? code) => Name(code, own.GetValueOrDefault((unitId, code ?? "")), unitsWithOwn.Contains(unitId));

    /// <summary>
    /// A node's name from its unit's own row (<paramref name="ownName"/>, null when the unit has no row of that code):
    /// a unit with its own tree names its nodes, or shows the code; one without uses the standard template's names.
    /// </summary>
    public static string Name(string? code, string? ownName, bool unitHasOwnNodes)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }
        if (unitHasOwnNodes)
        {
            return ownName ?? code;
        }
        return Standard.TryGetValue(code, out var standard) ? standard : code;
    }

    /// <summary>The node and every node below it, in the standard template or in any unit's own tree.</summary>
    public static async Task<List<string>> WithDescendantsAsync(AppDbContext db, string code, CancellationToken cancellationToken = default)
    {
        var edges = (await db.CatalogNodes.AsNoTracking().Where(n => n.ParentCode != null)
                .Select(n => new { n.Code, n.ParentCode }).Distinct().ToListAsync(cancellationToken))
            .Select(n => (n.Code, n.ParentCode))
            .Concat(StandardCatalog.Nodes.Where(n => n.ParentCode != null).Select(n => (n.Code, n.ParentCode)))
            .ToLookup(n => n.ParentCode, n => n.Code);
        var result = new List<string> { code };
        for (var i = 0; i < result.Count && result.Count < 1000; i++)
        {
            result.AddRange(edges[result[i]].Where(c => !result.Contains(c)));
        }
        return result;
    }

    public static string StandardName(string code) => Standard.TryGetValue(code, out var name) ? name : code;
}
