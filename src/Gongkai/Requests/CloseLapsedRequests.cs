using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

public sealed record LapsedClosed(string Number, string Outcome, DateOnly ClosedOn, DateOnly Deadline);

/// <summary>
/// Closes every request whose correction or fee deadline has run out (<see cref="LapsedSteps"/>), as the system: a reply
/// step with outcome 3.6.1 or 3.6.2, audited as <c>autoClose</c> with the actor "system". Idempotent: a closed request
/// is never touched again, so a second run (or a second node) changes nothing.
/// </summary>
public sealed partial class CloseLapsedRequests(AppDbContext db, TimeProvider time, CalendarService calendars, ILogger<CloseLapsedRequests> logger)
{
    public const string Actor = "system";

    public async Task<IReadOnlyList<LapsedClosed>> RunAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var waiting = await db.Requests.Where(r => r.Status == RequestStatus.AwaitingCorrection || r.Status == RequestStatus.AwaitingFee)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var closed = new List<LapsedClosed>();
        foreach (var id in waiting)
        {
            var request = await db.Requests.Include(r => r.Steps).Include(r => r.Unit).SingleAsync(r => r.Id == id, cancellationToken);
            var clock = RequestClock.Replay(request.ReceivedOn, request.ClockEvents(), calendar);
            if (LapsedSteps.Decide(clock, today, calendar) is not { } decision)
            {
                continue;
            }
            try
            {
                var after = RequestClock.Apply(clock, new ClockEvent(RequestActionType.Reply, decision.On, null, decision.Outcome), calendar);
                var nineOClock = new DateTimeOffset(decision.On.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset).UtcDateTime;
                request.Steps.Add(new RequestStep
                {
                    RequestId = request.Id, Sequence = request.Steps.Count + 1, Type = RequestActionType.Reply,
                    At = nineOClock > now ? now : nineOClock, On = decision.On, Outcome = decision.Outcome, Note = decision.Note, Actor = Actor,
                });
                request.Follow(after);
                ApplicantNotices.Enqueue(db, request, RequestActionType.Reply, now);
                db.RecordAction("autoClose", nameof(Request), request.Number,
                    new { outcome = decision.Outcome, closedOn = decision.On, deadline = decision.Deadline, status = after.Status.ToString() });
                await db.SaveChangesAsync(cancellationToken);
                closed.Add(new LapsedClosed(request.Number, decision.Outcome, decision.On, decision.Deadline));
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException or Infrastructure.DomainException)
            {
                // A clerk acted on it at the same moment, or its steps no longer allow the closing: leave it for the next run.
                db.ChangeTracker.Clear();
                LogSkipped(logger, request.Number, e.Message);
            }
        }
        return closed;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Lapsed request {Number} not closed: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string number, string reason);
}
