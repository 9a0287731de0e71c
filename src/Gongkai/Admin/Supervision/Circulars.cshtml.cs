using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Supervision;

/// <summary>Circulars (通报) drafted from the scores, edited, issued and downloaded; rectification tasks assigned and closed.</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Admin}")]
public sealed class CircularsModel(AppDbContext db, CreateCircular circulars, TrackRectifications tasks, UnitAccess access) : PageModel
{
    public List<CircularView> Circulars { get; private set; } = [];
    public CircularView? Current { get; private set; }
    public List<RectificationView> Tasks { get; private set; } = [];
    public List<(string Code, string Name)> Units { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(int? id) => await LoadAsync(id);

    public async Task<IActionResult> OnGetDocxAsync(int id)
    {
        var (bytes, name) = await circulars.DocxAsync(id, User);
        return File(bytes, RenderCircularDocx.ContentType, name);
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        var (bytes, name) = await circulars.PdfAsync(id, User);
        return File(bytes, RenderCircularPdf.ContentType, name);
    }

    public Task OnPostDraftAsync(string? period) => RunAsync(async () =>
    {
        var view = await circulars.DraftAsync(new CircularInput(period, null, null), User);
        return (view.Id, "通报草稿已生成，可修改后印发。");
    });

    public Task OnPostSaveAsync(int id, string? title, string? text) => RunAsync(async () =>
        ((await circulars.EditAsync(id, new CircularInput(null, title, text), User)).Id, "草稿已保存。"));

    public Task OnPostIssueAsync(int id) => RunAsync(async () => ((await circulars.IssueAsync(id, User)).Id, "通报已印发。"));

    public Task OnPostAssignAsync(string? unit, string? problem, DateOnly? dueOn, int? circularId) => RunAsync(async () =>
    {
        await tasks.AssignAsync(new RectificationInput(unit, circularId, problem, dueOn), User);
        return (circularId, "整改任务已下达。");
    });

    public Task OnPostCloseAsync(int taskId, string? note) => RunAsync(async () =>
    {
        await tasks.CloseAsync(taskId, new CloseInput(note), User);
        return (null, "整改任务已销号。");
    });

    private async Task RunAsync(Func<Task<(int? Id, string Message)>> action)
    {
        int? id = null;
        try
        {
            (id, Message) = await action();
        }
        catch (DomainException e) when (e is ValidationException or ConflictException or NotFoundException)
        {
            var messages = e is ValidationException v ? v.Errors.SelectMany(x => x.Value) : [e.Message];
            foreach (var m in messages)
            {
                ModelState.AddModelError("", m);
            }
        }
        await LoadAsync(id);
    }

    private async Task LoadAsync(int? id)
    {
        Circulars = (await db.Circulars.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync()).Select(CreateCircular.View).ToList();
        Current = Circulars.FirstOrDefault(c => c.Id == id);
        Tasks = await tasks.ListAsync(User);
        var scoped = await access.ScopedUnitIdsAsync(User);
        Units = (await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id)).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
    }
}
