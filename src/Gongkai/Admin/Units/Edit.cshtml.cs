using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Units;

/// <summary>Creates a unit (no code in the route) or edits one, through <see cref="SaveUnit"/>; its errors appear beside the fields.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin)]
public sealed class EditModel(AppDbContext db, SaveUnit save, UnitAccess access) : PageModel
{
    [BindProperty] public UnitForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public List<UnitView> Parents { get; private set; } = [];
    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadParentsAsync();
        if (IsNew)
        {
            return User.IsInRole(Roles.Admin) ? Page() : throw new ForbiddenException("只有系统管理员可以新增单位");
        }
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == Code) ?? throw new NotFoundException($"单位“{Code}”不存在");
        await access.EnsureAsync(User, unit.Id, Roles.UnitAdmin);
        Input = UnitForm.Of(unit, unit.ParentId is { } parentId ? ParentCodeOf(parentId) : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        try
        {
            var saved = IsNew ? await save.CreateAsync(Input.ToInput(), User) : await save.UpdateAsync(Code!, Input.ToInput(), User);
            TempData["Saved"] = saved.Name;
            return Redirect("/admin/units");
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
                }
            }
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(UnitForm.Code)}", e.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadParentsAsync();
        return Page();
    }

    private string? ParentCodeOf(int parentId) => db.Units.Where(u => u.Id == parentId).Select(u => u.Code).SingleOrDefault();

    private async Task LoadParentsAsync() => Parents = (await UnitsApi.ListAsync(db)).Where(u => u.Code != Code).ToList();
}
