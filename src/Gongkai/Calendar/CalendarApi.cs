using System.Globalization;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar;

internal static class CalendarApi
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarService>();
        services.AddScoped<SaveCalendarYear>();
        return services;
    }

    public static void MapCalendarApi(this WebApplication app)
    {
        app.MapGet("/api/v1/public/calendar/due", async (string? from, string? workdays, AppDbContext db, CalendarService calendars) =>
        {
            var (start, n) = ParseDue(from, workdays);
            var calendar = await calendars.GetAsync(db);
            return TypedResults.Ok(new { dueDate = calendar.AddWorkdays(start, n) });
        }).WithTags("Public").AllowAnonymous();

        var years = app.MapGroup("/api/v1/calendar/years").WithTags("Calendar").RequireAuthorization().DisableAntiforgery();
        years.MapGet("/", async (AppDbContext db, CalendarService calendars) =>
        {
            await calendars.GetAsync(db);
            var rows = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
            return TypedResults.Ok(rows.Select(View).ToList());
        });
        years.MapPut("/{year:int}", async (int year, CalendarYearInput input, SaveCalendarYear save, HttpContext http) =>
            TypedResults.Ok(await save.RunAsync(year, input, http.User)));
    }

    public static CalendarYearView View(CalendarYear y)
    {
        var h = y.ToHolidayYear();
        return new CalendarYearView(y.Year, h.Holidays, h.Workdays, y.Source);
    }

    /// <summary>Validates <c>from</c> (YYYY-MM-DD) and <c>workdays</c> (0–1000); shared by the API and the CLI.</summary>
    public static (DateOnly From, int Workdays) ParseDue(string? from, string? workdays)
    {
        var errors = new ValidationErrors();
        var start = default(DateOnly);
        if (string.IsNullOrWhiteSpace(from))
        {
            errors.Add("from", "起算日期不能为空");
        }
        else if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            errors.Add("from", "起算日期格式应为 YYYY-MM-DD");
        }
        var n = 0;
        if (string.IsNullOrWhiteSpace(workdays))
        {
            errors.Add("workdays", "工作日数不能为空");
        }
        else if (!int.TryParse(workdays, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n > 1000)
        {
            errors.Add("workdays", "工作日数应为0至1000的整数");
        }
        errors.ThrowIfAny();
        return (start, n);
    }
}
