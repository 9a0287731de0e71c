using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Staff;

/// <summary>Staff and roles (人员与角色): the list, a new account, unlocking and password resets, all within the actor's scope.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin)]
public sealed class IndexModel(ListUsers list, AppDbContext db, UnitAccess access) : PageModel
{
    [BindProperty] public NewStaff Input { get; set; } = new();
    public List<UserView> Users { get; private set; } = [];
    public List<UnitView> Units { get; private set; } = [];
    public Dictionary<string, string> UnitNames { get; private set; } = [];
    public string? Done { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync([FromServices] CreateUser create) =>
        await AttemptAsync(async () =>
        {
            await create.RunAsync(new CreateUserRequest(Input.UserName, Input.Password, Input.Roles, Input.Units, Input.DisplayName), User);
            return $"已创建账户“{Input.UserName}”。";
        }, "Input.");

    public async Task<IActionResult> OnPostUnlockAsync(string userName, [FromServices] UnlockUser unlock) =>
        await AttemptAsync(async () =>
        {
            await unlock.RunAsync(userName, User);
            return $"已解锁账户“{userName}”。";
        }, "Unlock.");

    public async Task<IActionResult> OnPostResetAsync(string userName, string? newPassword, [FromServices] ResetPassword reset) =>
        await AttemptAsync(async () =>
        {
            await reset.RunAsync(userName, newPassword, User);
            return $"已重置账户“{userName}”的密码。";
        }, $"Reset.{userName}.");

    private async Task<IActionResult> AttemptAsync(Func<Task<string>> action, string prefix)
    {
        ModelState.Clear();
        try
        {
            TempData["Done"] = await action();
            return Redirect("/admin/staff");
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(prefix + char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }
        catch (Exception e) when (e is ConflictException or ForbiddenException or NotFoundException)
        {
            ModelState.AddModelError(prefix == "Input." ? "Input.UserName" : prefix + "Form", e.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Done = TempData["Done"] as string;
        Users = await list.RunAsync(User);
        var scope = await access.ScopedUnitIdsAsync(User);
        var all = await UnitsApi.ListAsync(db);
        UnitNames = all.ToDictionary(u => u.Code, u => u.Name);
        var scopedCodes = db.Units.Where(u => scope.Contains(u.Id)).Select(u => u.Code).ToHashSet();
        Units = all.Where(u => scopedCodes.Contains(u.Code)).ToList();
    }
}

public sealed class NewStaff
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public string[] Roles { get; set; } = [];
    public string[] Units { get; set; } = [];
}
