using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>Re-dates every open request on the current calendar (after an administrator changed a year).</summary>
public sealed class RecomputeDueDates(AppDbContext db, CalendarService calendars)
{
    public async Task<int> RunAsync()
    {
        var calendar = await calendars.GetAsync(db);
        var open = await db.Requests.Include(r => r.Steps).Where(r => r.Status != RequestStatus.Closed).ToListAsync();
        var changed = 0;
        foreach (var request in open)
        {
            var before = request.DueDate;
            request.Follow(RequestClock.Replay(request.ReceivedOn, request.ClockEvents(), calendar));
            if (request.DueDate != before)
            {
                changed++;
                db.RecordAction("redate", nameof(Request), request.Number, new { from = before, to = request.DueDate });
            }
        }
        await db.SaveChangesAsync();
        return changed;
    }
}
