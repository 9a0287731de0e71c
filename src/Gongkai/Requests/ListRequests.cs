using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>The officer's work list: requests of the units in the user's scope, earliest due date first.</summary>
public sealed class ListRequests(AppDbContext db, TimeProvider time, UnitAccess access, CalendarService calendars)
{
    private static readonly RequestStatus[] Running = [RequestStatus.Received, RequestStatus.Accepted, RequestStatus.Consulting];

    /// <param name="due">Optional <see cref="RequestDueWindow"/> (<c>soon</c>/<c>later</c>): open requests whose deadline falls in it.</param>
    public async Task<List<RequestRow>> RunAsync(ClaimsPrincipal user, string? status, bool? overdue, string? unit, string? due = null)
    {
        var errors = new ValidationErrors();
        var wanted = string.IsNullOrWhiteSpace(status) ? null : RequestInput.ParseEnum<RequestStatus>(status, "status", "状态", errors);
        var window = string.IsNullOrWhiteSpace(due) ? null : due;
        if (window is not null && !RequestDueWindow.IsKnown(window))
        {
            errors.Add("due", "答复期限范围只能是 soon 或 later。");
        }
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
        var soonUntil = window is null ? today : RequestDueWindow.SoonUntil(today, await calendars.GetAsync(db));
        if (window is not null)
        {
            query = query.Where(r => r.ClosedOn == null && r.DueDate >= today);
        }
        var rows = await query.Select(r => new
        {
            r.ClosedOn, r.Number, UnitCode = r.Unit!.Code, UnitName = r.Unit.Name, r.Subject, r.ApplicantType, r.ApplicantName, r.ReceivedOn,
            r.Status, r.DueDate, r.PauseDeadline, r.PossibleRepeatOf,
        }).ToListAsync();
        return rows
            .Where(r => window is null || RequestDueWindow.Of(r.DueDate, r.ClosedOn, today, soonUntil) == window)
            .Select(r => new RequestRow(r.Number, r.UnitCode, r.UnitName, r.Subject, r.ApplicantType, r.ApplicantName, r.ReceivedOn,
                r.Status, RequestStatusText.Chinese(r.Status), r.DueDate,
                Running.Contains(r.Status) && r.DueDate < today,
                r.Status is RequestStatus.AwaitingCorrection or RequestStatus.AwaitingFee && r.PauseDeadline < today, r.PossibleRepeatOf))
            .Where(r => overdue != false || !r.Overdue)
            .OrderBy(r => r.Status == RequestStatus.Closed).ThenBy(r => r.DueDate ?? r.ReceivedOn).ThenBy(r => r.Number)
            .ToList();
    }
}
