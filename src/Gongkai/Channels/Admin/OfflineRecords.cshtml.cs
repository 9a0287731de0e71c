using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Admin;

public sealed class OfflineForm
{
    public string? Unit { get; set; }
    public string? Form { get; set; }
    public DateOnly? On { get; set; }
    public string? Place { get; set; }
    public int? Count { get; set; }
    public long? ItemId { get; set; }
    public string? Note { get; set; }
}

/// <summary>Offline disclosures (公开栏、报纸、新闻发布会) of a year and the form to enter one, through <see cref="RecordOffline"/>.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin + "," + Roles.Editor + "," + Roles.Supervisor)]
public sealed class OfflineRecordsModel(AppDbContext db, RecordOffline offline, UnitAccess access, TimeProvider time) : PageModel
{
    [BindProperty] public OfflineForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public List<OfflineView> Records { get; private set; } = [];
    public List<(string Code, string Name)> Units { get; private set; } = [];

    public static string FormName(string form) => form switch
    {
        "board" => "公开栏", "newspaper" => "报纸", "pressConference" => "新闻发布会", _ => "其他",
    };

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.On = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        try
        {
            var saved = await offline.CreateAsync(new OfflineInput(Input.Unit, Input.Form, Input.On, Input.Place, Input.Count, Input.ItemId, Input.Note), User);
            TempData["Saved"] = $"已登记：{saved.On:yyyy-MM-dd} {FormName(saved.Form)}（{saved.Place}）{saved.Count} 条。";
            return Redirect($"/admin/channels/offline?year={saved.On.Year}");
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                messages.ToList().ForEach(m => ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", m));
            }
        }
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync()
    {
        Year ??= Input.On?.Year ?? time.GetUtcNow().UtcDateTime.AddHours(8).Year;
        Records = await offline.ListAsync(Year.Value, User);
        var ids = await access.ScopedUnitIdsAsync(User);
        Units = (await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
    }

    public string Error(string key) => ViewData.ModelState.TryGetValue(key, out var e) ? string.Join("；", e.Errors.Select(x => x.ErrorMessage)) : "";
}
