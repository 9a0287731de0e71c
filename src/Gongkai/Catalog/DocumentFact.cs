using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>One published item as the annual report counts it (pure data).</summary>
public sealed record DocumentFact(string UnitCode, string Kind, DateOnly? PublishedOn, DateOnly? RepealedOn, IReadOnlyList<string> Channels);

/// <summary>The facts of every item that was ever published (published, withdrawn later, or expired) for a set of units.</summary>
public static class DocumentFacts
{
    public static async Task<List<DocumentFact>> ForUnitsAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Items.AsNoTracking()
            .Where(i => unitIds.Contains(i.UnitId) && i.PublishedAt != null)
            .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new { u.Code, i.Kind, i.PublishedAt, i.RepealedOn, i.Channels })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new DocumentFact(r.Code, char.ToLowerInvariant(r.Kind.ToString()[0]) + r.Kind.ToString()[1..],
            DateOnly.FromDateTime(r.PublishedAt!.Value.AddHours(8)), r.RepealedOn, r.Channels)).ToList();
    }
}
