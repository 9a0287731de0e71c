using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Calendar;

/// <summary>Holiday years: view, add or correct one (administrator); open requests are re-dated on save.</summary>
[Authorize(Roles = Gongkai.Accounts.Roles.Admin)]
public sealed class IndexModel(AppDbContext db, CalendarService calendars, SaveCalendarYear save) : PageModel
{
    public List<CalendarYearView> Years { get; private set; } = [];
    public string? Message { get; private set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public string? Holidays { get; set; }
    [BindProperty] public string? Workdays { get; set; }
    [BindProperty] public string? Source { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostAsync()
    {
        try
        {
            var saved = await save.RunAsync(Year, new CalendarYearInput(Split(Holidays), Split(Workdays), Source), User);
            Message = $"{saved.Year}年节假日安排已保存，重新计算了{saved.RedatedRequests}件申请的答复期限。";
        }
        catch (ValidationException e)
        {
            Message = e.Message;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await calendars.GetAsync(db);
        Years = (await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync()).Select(CalendarApi.View).ToList();
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', '，', ' ', '\n', '\r', '、'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
