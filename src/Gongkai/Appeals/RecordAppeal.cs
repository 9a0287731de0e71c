using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Appeals;

public sealed record AppealInput(string? Kind, string? Unit, string? RequestNumber, string? FiledAt, string? Result, string? ClosedAt, string? Note);

public sealed record AppealView(int Id, string Kind, string UnitCode, string? RequestNumber, DateOnly FiledOn, string Result,
    DateOnly? ClosedOn, DateOnly? DueOn, DateOnly? ExtendedDueOn, string? Note);

/// <summary>Records a review or lawsuit (request officer of the unit); dates never in the future, closing never before filing.</summary>
public sealed class RecordAppeal(AppDbContext db, TimeProvider time, CalendarService calendars, UnitAccess access)
{
    public async Task<AppealView> RunAsync(AppealInput input, ClaimsPrincipal user)
    {
        var calendar = await calendars.GetAsync(db);
        var errors = new ValidationErrors();
        var kind = RequestInput.ParseEnum<AppealKind>(input.Kind, "kind", "案件类型", errors);
        var result = RequestInput.ParseEnum<AppealResult>(input.Result, "result", "结果", errors);
        errors.Require("unit", input.Unit, "被申请（被诉）单位");
        var unitId = string.IsNullOrWhiteSpace(input.Unit) ? null
            : await db.Units.Where(u => u.Code == input.Unit).Select(u => (int?)u.Id).SingleOrDefaultAsync();
        if (unitId is null && !string.IsNullOrWhiteSpace(input.Unit))
        {
            errors.Add("unit", $"单位“{input.Unit}”不存在");
        }
        var today = ChinaTime.Today(time);
        var filed = Day(input.FiledAt, "filedAt", "立案（申请）日期", today, errors, required: true);
        var closed = Day(input.ClosedAt, "closedAt", "结案日期", today, errors, required: false);
        if (result == AppealResult.Pending && closed is not null)
        {
            errors.Add("closedAt", "尚未审结的案件不能填写结案日期");
        }
        if (result is not null and not AppealResult.Pending && closed is null)
        {
            errors.Add("closedAt", "已审结的案件必须填写结案日期");
        }
        if (closed < filed)
        {
            errors.Add("closedAt", "结案日期不能早于立案日期");
        }
        int? requestId = null;
        if (!string.IsNullOrWhiteSpace(input.RequestNumber))
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Number == input.RequestNumber.Trim())
                .Select(r => new { r.Id, r.UnitId }).SingleOrDefaultAsync();
            if (request is null)
            {
                errors.Add("requestNumber", $"申请“{input.RequestNumber}”不存在");
            }
            else if (request.UnitId != unitId && unitId is not null)
            {
                errors.Add("requestNumber", "该申请不属于所填单位");
            }
            requestId = request?.Id;
        }
        errors.MaxLength("note", input.Note, 2000, "备注");
        errors.ThrowIfAny();
        await access.EnsureAsync(user, unitId!.Value, Roles.RequestOfficer);
        var (due, extended) = kind == AppealKind.Review ? AppealDeadline.Review(filed!.Value, calendar) : (default(DateOnly?), default(DateOnly?));
        var appeal = new Appeal
        {
            UnitId = unitId.Value, RequestId = requestId, RequestNumber = input.RequestNumber?.Trim(), Kind = kind!.Value, FiledOn = filed!.Value,
            Result = result!.Value, ClosedOn = closed, DueOn = due, ExtendedDueOn = extended, Note = input.Note?.Trim(),
        };
        db.Appeals.Add(appeal);
        db.RecordAction("recordAppeal", nameof(Appeal), input.Unit!, new { kind, filed, result, closed });
        await db.SaveChangesAsync();
        return View(appeal, input.Unit!);
    }

    public static AppealView View(Appeal a, string unitCode) =>
        new(a.Id, RequestStatusText.Camel(a.Kind), unitCode, a.RequestNumber, a.FiledOn, RequestStatusText.Camel(a.Result), a.ClosedOn, a.DueOn, a.ExtendedDueOn, a.Note);

    private static DateOnly? Day(string? text, string field, string label, DateOnly today, ValidationErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{label}不能为空");
            }
            return null;
        }
        var value = text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? DateOnly.FromDateTime(instant.ToOffset(ChinaTime.Offset).DateTime)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (value is null)
        {
            errors.Add(field, $"{label}格式应为 YYYY-MM-DD");
        }
        else if (value > today)
        {
            errors.Add(field, $"{label}不能晚于今天");
        }
        return value;
    }
}
