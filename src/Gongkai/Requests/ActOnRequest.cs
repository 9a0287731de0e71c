using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

public sealed record RequestActionInput(string? Type, string? At, string? Outcome, string? Note, int? Workdays, string? FeeBasis, int? Quantity,
    long? AmountFen = null);

/// <summary>Records one step of the procedure (受理、补正、征求意见、延期、收费、答复、撤回), checked by the clock, audited.</summary>
public sealed class ActOnRequest(AppDbContext db, TimeProvider time, CalendarService calendars, UnitAccess access, ApplicantMailSender mail)
{
    public async Task<Request> RunAsync(string number, RequestActionInput input, ClaimsPrincipal user)
    {
        var calendar = await calendars.GetAsync(db);
        var request = await db.Requests.Include(r => r.Steps).Include(r => r.Unit).SingleOrDefaultAsync(r => r.Number == number)
            ?? throw new NotFoundException($"申请“{number}”不存在");
        await access.EnsureAsync(user, request.UnitId, Roles.RequestOfficer);
        var errors = new ValidationErrors();
        var type = RequestInput.ParseEnum<RequestActionType>(input.Type, "type", "步骤类型", errors);
        var at = ChinaTime.ParsePast(input.At, "at", "办理时间", time, errors);
        if (at < request.ReceivedAt)
        {
            errors.Add("at", "办理时间不能早于收到申请的时间");
        }
        errors.MaxLength("note", input.Note, 2000, "备注");
        FeeBasis? basis = null;
        long? fee = null;
        if (type == RequestActionType.FeeNotice)
        {
            basis = RequestInput.ParseEnum<FeeBasis>(input.FeeBasis, "feeBasis", "收费方式", errors);
            if (input.Quantity is not > 0)
            {
                errors.Add("quantity", "请填写件数序号（按件）或页数（按量）");
            }
            else if (basis is { } b && InformationFee.Compute(b, input.Quantity.Value) is var amount)
            {
                fee = amount;
                if (amount == 0)
                {
                    errors.Add("quantity", "按该标准不应收取信息处理费（按件每月10件以内、按量30页以内免费）");
                }
            }
        }
        if (type == RequestActionType.FeeWaived)
        {
            RequestTransitions.Require(request.Status, RequestActionType.FeeWaived); // out of order → 409 before any field error
            fee = WaivedAmount(request, input, errors);
        }
        errors.ThrowIfAny();
        if (type == RequestActionType.FeeNotice && request.Steps.Any(s => s.Type == RequestActionType.FeeNotice))
        {
            throw new ConflictException("该申请已发出过收费通知，同一申请只能按一种标准收费一次");
        }
        var before = RequestClock.Replay(request.ReceivedOn, request.ClockEvents(), calendar);
        var on = ChinaTime.DayOf(at);
        var partial = type == RequestActionType.FeeWaived && fee < FeeWaiver.Remaining(request.Steps);
        var after = RequestClock.Apply(before, new ClockEvent(type!.Value, on, input.Workdays, input.Outcome?.Trim(), partial), calendar);
        request.Steps.Add(new RequestStep
        {
            RequestId = request.Id, Sequence = request.Steps.Count + 1, Type = type.Value, At = at, On = on,
            Workdays = input.Workdays, Outcome = after.Status == RequestStatus.Closed ? after.Outcome : null, Note = input.Note?.Trim(),
            FeeBasis = basis, FeeQuantity = basis is null ? null : input.Quantity, FeeFen = fee,
            Actor = AuditActor.From(user).Name,
        });
        request.Follow(after);
        ApplicantNotices.Enqueue(db, request, type.Value, time.GetUtcNow().UtcDateTime);
        db.RecordAction(RequestStatusText.Camel(type.Value), nameof(Request), request.Number,
            new { at, outcome = after.Outcome, input.Workdays, fee, status = after.Status.ToString(), dueDate = after.DueDate });
        await db.SaveChangesAsync();
        mail.Wake();
        return request;
    }

    /// <summary>减免: a partial reduction of <c>amountFen</c>, or everything still due when absent; the reason (note) is required.</summary>
    private static long? WaivedAmount(Request request, RequestActionInput input, ValidationErrors errors)
    {
        var remaining = FeeWaiver.Remaining(request.Steps);
        if (string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add("note", "请填写减免信息处理费的理由");
        }
        if (input.AmountFen is { } amount && (amount <= 0 || amount > remaining))
        {
            errors.Add("amountFen", $"减免金额应大于0且不超过尚未缴纳的{remaining / 100m:0.00}元");
        }
        return input.AmountFen ?? remaining;
    }
}
