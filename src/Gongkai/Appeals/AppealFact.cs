using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Appeals;

/// <summary>One review or lawsuit as the annual report's table 四 counts it; Kind and Result are camelCase (<c>review</c>, <c>upheld</c>…).</summary>
public sealed record AppealFact(string UnitCode, string Kind, DateOnly FiledOn, DateOnly? ClosedOn, string Result);

public static class AppealFacts
{
    public static async Task<List<AppealFact>> ForUnitsAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Appeals.AsNoTracking().Where(a => unitIds.Contains(a.UnitId)).OrderBy(a => a.FiledOn)
            .Select(a => new { UnitCode = a.Unit!.Code, a.Kind, a.FiledOn, a.ClosedOn, a.Result }).ToListAsync(cancellationToken);
        return rows.Select(a => new AppealFact(a.UnitCode, RequestStatusText.Camel(a.Kind), a.FiledOn, a.ClosedOn, RequestStatusText.Camel(a.Result))).ToList();
    }
}
