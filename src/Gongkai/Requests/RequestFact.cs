using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>
/// One request as the annual report counts it: received in a year (row 一), open on 31 December when
/// <see cref="ClosedOn"/> is null or later (row 四, and row 二 of the next year), closed with <see cref="Outcome"/> (rows 三).
/// <see cref="ApplicantType"/> is the camelCase column name (<c>natural</c>, <c>commercial</c>, …).
/// </summary>
public sealed record RequestFact(string UnitCode, string ApplicantType, DateOnly ReceivedOn, DateOnly? ClosedOn, string? Outcome);

public static class RequestFacts
{
    /// <summary>Every request of the given units, for the annual report.</summary>
    public static async Task<List<RequestFact>> ForUnitsAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Requests.AsNoTracking().Where(r => unitIds.Contains(r.UnitId))
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Number)
            .Select(r => new { UnitCode = r.Unit!.Code, r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RequestFact(r.UnitCode, RequestStatusText.Camel(r.ApplicantType), r.ReceivedOn, r.ClosedOn, r.Outcome)).ToList();
    }

    /// <summary>Open at the end of <paramref name="year"/>: received by 31 December and not closed by then (结转下年度).</summary>
    public static bool OpenAtEndOf(this RequestFact fact, int year)
    {
        var end = new DateOnly(year, 12, 31);
        return fact.ReceivedOn <= end && (fact.ClosedOn is null || fact.ClosedOn > end);
    }
}
