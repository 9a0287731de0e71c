using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>The officer's work list: requests of the units in the user's scope, earliest due date first.</summary>
public sealed class ListRequests(AppDbContext db, TimeProvider time, UnitAccess access)
{
    private static readonly RequestStatus[] Running = [RequestStatus.Received, RequestStatus.Accepted, RequestStatus.Consulting];

    public async Task<List<RequestRow>> RunAsync(ClaimsPrincipal user, string? status, bool? overdue, string? unit)
    {
        var errors = new ValidationErrors();
        var wanted = string.IsNullOrWhiteSpace(status) ? null : RequestInput.ParseEnum<RequestStatus>(status, "status", "状态", errors);
        errors.ThrowIfAny();
        var scoped = await access.ScopedUnitIdsAsync(user);
        var query = db.Requests.AsNoTracking().Where(r => scoped.Contains(r.UnitId));
        if (!string.IsNullOrWhiteSpace(unit))
        {
            query = query.Where(r => r.Unit!.Code == unit);
        }
        if (wanted is { } w)
        {
            query = query.Where(r => r.Status == w);
        }
        var today = ChinaTime.Today(time);
        if (overdue == true)
        {
            query = query.Where(r => Running.Contains(r.Status) && r.DueDate < today);
        }
        var rows = await query.Select(r => new
        {
            r.Number, UnitCode = r.Unit!.Code, UnitName = r.Unit.Name, r.Subject, r.ApplicantType, r.ApplicantName, r.ReceivedOn,
            r.Status, r.DueDate, r.PauseDeadline, r.PossibleRepeatOf,
        }).ToListAsync();
        return rows
            .Select(r => new RequestRow(r.Number, r.UnitCode, r.UnitName, r.Subject, r.ApplicantType, r.ApplicantName, r.ReceivedOn,
                r.Status, RequestStatusText.Chinese(r.Status), r.DueDate,
                Running.Contains(r.Status) && r.DueDate < today,
                r.Status is RequestStatus.AwaitingCorrection or RequestStatus.AwaitingFee && r.PauseDeadline < today, r.PossibleRepeatOf))
            .Where(r => overdue != false || !r.Overdue)
            .OrderBy(r => r.Status == RequestStatus.Closed).ThenBy(r => r.DueDate ?? r.ReceivedOn).ThenBy(r => r.Number)
            .ToList();
    }
}
