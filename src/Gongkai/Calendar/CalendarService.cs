using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar;

/// <summary>
/// The working calendar held in the database, cached until an administrator changes a year.
/// On first use an empty table is filled from the years bundled with the program.
/// </summary>
public sealed class CalendarService : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkingCalendar? cached;

    public async Task<WorkingCalendar> GetAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (cached is { } calendar)
        {
            return calendar;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is null)
            {
                await SeedIfEmptyAsync(db, cancellationToken);
                var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
                cached = new WorkingCalendar(years.Select(y => y.ToHolidayYear()));
            }
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;

    public void Dispose() => gate.Dispose();

    private static async Task SeedIfEmptyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CalendarYears.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var year in HolidayYear.Bundled())
        {
            db.CalendarYears.Add(CalendarYear.From(year, "国务院办公厅节假日安排通知（随程序发布）"));
        }
        db.RecordAction("seedCalendar", nameof(CalendarYear), "bundled", new { years = HolidayYear.Bundled().Select(y => y.Year) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
