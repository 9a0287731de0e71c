using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record RectificationInput(string? Unit, int? CircularId, string? Problem, DateOnly? DueOn);

public sealed record CloseInput(string? Note);

public sealed record RectificationView(int Id, string Unit, string UnitName, int? CircularId, string Problem, DateOnly DueOn,
    string Status, bool Overdue, DateOnly? ClosedOn, string? ClosingNote);

/// <summary>Rectification tasks (整改): a supervisor assigns them with a due day; the unit (or the supervisor) closes them with a note.</summary>
public sealed class TrackRectifications(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<RectificationView> AssignAsync(RectificationInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var today = ChinaTime.Today(time);
        var errors = new ValidationErrors().Require("unit", input.Unit, "整改单位").Require("problem", input.Problem, "整改问题")
            .MaxLength("problem", input.Problem, 2000, "整改问题");
        if (input.DueOn is not { } due || due < today)
        {
            errors.Add("dueOn", "整改期限应为今天或以后的日期");
        }
        errors.ThrowIfAny();
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == input.Unit, ct) ?? throw new NotFoundException($"单位“{input.Unit}”不存在");
        if (input.CircularId is { } cid && !await db.Circulars.AnyAsync(c => c.Id == cid, ct))
        {
            throw new NotFoundException($"通报 {cid} 不存在");
        }
        var task = new Rectification
        {
            UnitId = unit.Id, CircularId = input.CircularId, Problem = input.Problem!.Trim(), DueOn = input.DueOn!.Value, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Rectifications.Add(task);
        await db.SaveChangesAsync(ct);
        return View(task, unit.Code, unit.Name, today);
    }

    public async Task<RectificationView> CloseAsync(int id, CloseInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var task = await db.Rectifications.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException($"整改任务 {id} 不存在");
        await access.EnsureAsync(user, task.UnitId, Roles.Supervisor, Roles.UnitAdmin);
        var today = ChinaTime.Today(time);
        task.Close(input.Note, today);
        db.RecordAction("closeRectification", nameof(Rectification), id.ToString(CultureInfo.InvariantCulture), new { note = task.ClosingNote });
        await db.SaveChangesAsync(ct);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == task.UnitId, ct);
        return View(task, unit.Code, unit.Name, today);
    }

    public async Task<List<RectificationView>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureViewer(user);
        var scoped = await access.ScopedUnitIdsAsync(user);
        var today = ChinaTime.Today(time);
        var rows = await db.Rectifications.AsNoTracking().Where(r => scoped.Contains(r.UnitId))
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u.Code, u.Name }).ToListAsync(ct);
        return rows.OrderBy(x => x.r.Status).ThenBy(x => x.r.DueOn).Select(x => View(x.r, x.Code, x.Name, today)).ToList();
    }

    public static RectificationView View(Rectification r, string code, string name, DateOnly today) =>
        new(r.Id, code, name, r.CircularId, r.Problem, r.DueOn, RequestStatusText.Camel(r.Status), r.IsOverdue(today), r.ClosedOn, r.ClosingNote);
}
