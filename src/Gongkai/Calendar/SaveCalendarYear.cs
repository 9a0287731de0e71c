using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar;

public sealed record CalendarYearInput(List<string>? Holidays, List<string>? Workdays, string? Source);

public sealed record CalendarYearView(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays, string? Source);

public sealed record CalendarYearSaved(int Year, int RedatedRequests);

/// <summary>Adds or corrects a year of the holiday calendar (administrator), then re-dates every open request. Audited.</summary>
public sealed class SaveCalendarYear(AppDbContext db, CalendarService calendars, RecomputeDueDates recompute)
{
    public async Task<CalendarYearSaved> RunAsync(int year, CalendarYearInput input, ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException("只有系统管理员可以维护节假日安排");
        }
        await calendars.GetAsync(db); // make sure the bundled years are in before one is replaced
        var errors = new ValidationErrors();
        if (year is < 2000 or > 2100)
        {
            errors.Add("year", "年份应在2000至2100之间");
        }
        var holidays = Dates(input.Holidays, "holidays", year, errors);
        var workdays = Dates(input.Workdays, "workdays", year, errors);
        if (holidays.Intersect(workdays).Any())
        {
            errors.Add("workdays", "同一天不能既是放假日又是调休上班日");
        }
        foreach (var day in workdays.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            errors.Add("workdays", $"{day:yyyy-MM-dd}不是周末，不需要列为调休上班日");
        }
        errors.MaxLength("source", input.Source, 500, "依据");
        errors.ThrowIfAny();
        var holidayYear = new HolidayYear(year, holidays, workdays);
        var existing = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year);
        if (existing is null)
        {
            db.CalendarYears.Add(CalendarYear.From(holidayYear, input.Source));
        }
        else
        {
            existing.Replace(holidayYear, input.Source);
        }
        db.RecordAction(existing is null ? "addCalendarYear" : "correctCalendarYear", nameof(CalendarYear), year.ToString(CultureInfo.InvariantCulture),
            new { holidays = holidays.Count, workdays = workdays.Count, input.Source });
        await db.SaveChangesAsync();
        calendars.Invalidate();
        return new CalendarYearSaved(year, await recompute.RunAsync());
    }

    private static List<DateOnly> Dates(List<string>? values, string field, int year, ValidationErrors errors)
    {
        var result = new List<DateOnly>();
        foreach (var value in values ?? [])
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(field, $"日期“{value}”格式应为 YYYY-MM-DD");
            }
            else if (day.Year != year)
            {
                errors.Add(field, $"日期{value}不属于{year}年");
            }
            else
            {
                result.Add(day);
            }
        }
        return result.Distinct().Order().ToList();
    }
}
