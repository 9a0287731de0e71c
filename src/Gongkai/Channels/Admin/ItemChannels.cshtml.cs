using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Admin;

public sealed class PostedForm
{
    /// <summary>China time, from a datetime-local field.</summary>
    public DateTime? At { get; set; }
    public string? Platform { get; set; }
    public string? Link { get; set; }
}

/// <summary>
/// One item's channels in the back office: its LED short text and new-media summary (with the LED limit of the screens it
/// goes to), the screens it is shown on, the new-media package and its posting record, and its delivery log. The use
/// cases check role and unit and audit every change.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin + "," + Roles.Editor + "," + Roles.Approver)]
public sealed class ItemChannelsModel(AppDbContext db, EditChannelTexts texts, EditItemScreens screens, NewMediaPackage package, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public long Id { get; set; }
    [BindProperty] public string? LedText { get; set; }
    [BindProperty] public string? NewMediaSummary { get; set; }
    [BindProperty] public List<string> Screens { get; set; } = [];
    [BindProperty] public PostedForm Posted { get; set; } = new();
    public ItemChannelsView View { get; private set; } = null!;
    public string Title { get; private set; } = "";

    public async Task OnGetAsync()
    {
        await LoadAsync();
        (LedText, NewMediaSummary) = (View.LedTextEdited ? View.LedText : null, View.NewMediaSummary);
        Posted.At = time.GetUtcNow().UtcDateTime.AddHours(8);
    }

    public Task<IActionResult> OnPostTextsAsync() => RunAsync(() => texts.SaveAsync(Id, new ChannelTextsInput(LedText, NewMediaSummary), User), "已保存渠道文本。");

    public Task<IActionResult> OnPostScreensAsync() => RunAsync(() => screens.SaveAsync(Id, new ScreensInput(Screens), User), "已保存投放屏幕。");

    public Task<IActionResult> OnPostPostedAsync() => RunAsync(() => package.MarkPostedAsync(Id,
        new PostedInput(Posted.Platform, Posted.At is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), TimeSpan.FromHours(8)) : null, Posted.Link),
        ChannelsSetup.Origin(HttpContext), User), "已登记新媒体推送。");

    public async Task<IActionResult> OnGetPackageAsync() =>
        File(NewMediaZip.Write(await package.BuildAsync(Id, ChannelsSetup.Origin(HttpContext), User)), "application/zip", NewMediaZip.FileName(Id));

    private async Task<IActionResult> RunAsync<T>(Func<Task<T>> action, string done)
    {
        ModelState.Clear();
        try
        {
            await action();
            TempData["Saved"] = done;
            return Redirect($"/admin/channels/items/{Id}");
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                var key = field switch { "ledText" => "LedText", "newMediaSummary" => "NewMediaSummary", "screens" => "Screens", _ => "Posted." + char.ToUpperInvariant(field[0]) + field[1..] };
                messages.ToList().ForEach(m => ModelState.AddModelError(key, m));
            }
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync()
    {
        View = await texts.GetAsync(Id, User);
        Title = await db.Items.AsNoTracking().Where(i => i.Id == Id).Select(i => i.Title).SingleAsync();
    }

    public string Error(string key) => ViewData.ModelState.TryGetValue(key, out var e) ? string.Join("；", e.Errors.Select(x => x.ErrorMessage)) : "";
}
