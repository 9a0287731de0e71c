using Gongkai.Units;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Requests;

/// <summary>A disclosure request (政府信息公开申请). Its status and due date are derived from its steps by <see cref="RequestClock"/>.</summary>
public sealed class Request
{
    public int Id { get; private set; }
    public required string Number { get; set; }
    [PersonalData] public required string QueryCode { get; init; }
    public int UnitId { get; init; }
    public Unit? Unit { get; private set; }
    public RequestChannel Channel { get; init; }
    public DateTime ReceivedAt { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public ApplicantType ApplicantType { get; init; }
    [PersonalData] public required string ApplicantName { get; init; }
    public IdType? IdType { get; init; }
    [PersonalData] public string? IdNumber { get; init; }
    public string? Organization { get; init; }
    public string? CreditCode { get; init; }
    [PersonalData] public string? Phone { get; init; }
    [PersonalData] public string? Email { get; init; }
    [PersonalData] public string? Address { get; init; }
    public required string Subject { get; init; }
    public string? Description { get; init; }
    public DeliveryMethod Delivery { get; init; }
    public string? IdempotencyKey { get; init; }
    public required string ContentHash { get; init; }
    public DateTime CreatedAt { get; init; }
    /// <summary>An earlier request of the same applicant on a similar subject in the same unit (possible 重复申请).</summary>
    public string? PossibleRepeatOf { get; init; }

    public RequestStatus Status { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateOnly? PauseDeadline { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? Outcome { get; private set; }
    public List<RequestStep> Steps { get; private set; } = [];
    public int Version { get; set; }

    /// <summary>Takes the clock's verdict after a step (or after the calendar changed).</summary>
    public void Follow(ClockState clock)
    {
        Status = clock.Status;
        DueDate = clock.Status == RequestStatus.Closed ? DueDate ?? clock.DueDate : clock.DueDate;
        PauseDeadline = clock.PauseDeadline;
        ClosedOn = clock.ClosedOn;
        Outcome = clock.Outcome;
    }

    public IEnumerable<ClockEvent> ClockEvents()
    {
        var ordered = Steps.OrderBy(s => s.Sequence).ToList();
        return ordered.Select(s => new ClockEvent(s.Type, s.On, s.Workdays, s.Outcome,
            s.Type == RequestActionType.FeeWaived && FeeWaiver.Remaining(ordered.Where(x => x.Sequence <= s.Sequence)) > 0));
    }
}

/// <summary>One recorded step of the procedure.</summary>
public sealed class RequestStep
{
    public int Id { get; private set; }
    public int RequestId { get; init; }
    public int Sequence { get; init; }
    public RequestActionType Type { get; init; }
    public DateTime At { get; init; }
    public DateOnly On { get; init; }
    public int? Workdays { get; init; }
    public string? Outcome { get; init; }
    public string? Note { get; init; }
    public FeeBasis? FeeBasis { get; init; }
    public int? FeeQuantity { get; init; }
    public long? FeeFen { get; init; }
    public required string Actor { get; init; }
}
