using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>One request for staff (with the applicant, timeline and due-date breakdown), or for the applicant by query code.</summary>
public sealed class GetRequest(AppDbContext db, TimeProvider time, CalendarService calendars, UnitAccess access)
{
    public async Task<RequestView> ForStaffAsync(string number, ClaimsPrincipal user)
    {
        var (request, clock) = await LoadAsync(number);
        await access.EnsureAsync(user, request.UnitId, Roles.RequestOfficer, Roles.Supervisor, Roles.UnitAdmin);
        var today = ChinaTime.Today(time);
        var a = request;
        return new RequestView(a.Number, a.QueryCode, a.Unit!.Code, a.Unit.Name, a.Channel, RequestTimes.China(a.ReceivedAt), a.ReceivedOn,
            a.Status, RequestStatusText.Chinese(a.Status), a.DueDate, clock.IsOverdue(today), clock.IsLapsed(today), a.PauseDeadline,
            a.ClosedOn, a.Outcome, a.Outcome is null ? null : RequestOutcomes.Labels.GetValueOrDefault(a.Outcome),
            new ApplicantView(a.ApplicantType, a.ApplicantName, a.IdType, a.IdNumber, a.Organization, a.CreditCode, a.Phone, a.Email, a.Address),
            a.Subject, a.Description, a.Delivery, a.PossibleRepeatOf,
            a.Steps.OrderBy(s => s.Sequence).Select(s => new TimelineEntry(s.Sequence, s.Type, RequestTimes.Describe(s),
                RequestTimes.China(s.At), s.On, s.Outcome, s.Note, s.Workdays, s.FeeFen, s.Actor)).ToList(),
            RequestClock.Breakdown(clock));
    }

    public async Task<PublicRequestStatus> ForApplicantAsync(string number, string? queryCode)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Unit).Include(r => r.Steps).SingleOrDefaultAsync(r => r.Number == number);
        // A wrong code answers exactly like an unknown number: nothing tells a stranger the number exists.
        if (request is null || string.IsNullOrWhiteSpace(queryCode)
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(request.QueryCode), System.Text.Encoding.UTF8.GetBytes(queryCode.Trim().ToUpperInvariant())))
        {
            throw new NotFoundException("未找到该申请，请核对申请编号和查询码");
        }
        var timeline = new List<PublicTimelineEntry> { new(request.ReceivedOn, $"{request.Unit!.Name}收到您的申请") };
        timeline.AddRange(request.Steps.OrderBy(s => s.Sequence).Select(s => new PublicTimelineEntry(s.On, RequestTimes.Describe(s))
        {
            Type = s.Type, Outcome = s.Outcome, Workdays = s.Workdays, FeeFen = s.FeeFen,
        }));
        return new PublicRequestStatus(request.Number, request.Unit.Name, request.ReceivedOn, request.Status, RequestStatusText.Chinese(request.Status),
            request.DueDate, request.ClosedOn, request.Outcome is null ? null : RequestOutcomes.Labels.GetValueOrDefault(request.Outcome), timeline);
    }

    internal async Task<(Request Request, ClockState Clock)> LoadAsync(string number)
    {
        var calendar = await calendars.GetAsync(db);
        var request = await db.Requests.AsNoTracking().Include(r => r.Unit).Include(r => r.Steps).SingleOrDefaultAsync(r => r.Number == number)
            ?? throw new NotFoundException($"申请“{number}”不存在");
        return (request, RequestClock.Replay(request.ReceivedOn, request.ClockEvents(), calendar));
    }
}
