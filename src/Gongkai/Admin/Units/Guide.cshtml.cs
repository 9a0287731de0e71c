using Gongkai.Accounts;
using Gongkai.Infrastructure;
using Gongkai.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Units;

/// <summary>The unit's own text in its 政府信息公开指南 (the rest of the guide is generated from the unit's data).</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin)]
public sealed class GuideModel(EditGuideNote edit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public string? GuideNote { get; set; }
    public string UnitName { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        var unit = await edit.LoadAsync(Code, User);
        (UnitName, GuideNote) = (unit.Name, unit.GuideNote);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await edit.SaveAsync(Code, GuideNote, User);
            TempData["Saved"] = "指南补充说明已保存";
            return Redirect($"/admin/units/{Uri.EscapeDataString(Code)}/guide");
        }
        catch (ValidationException e)
        {
            Error = string.Join("；", e.Errors.SelectMany(x => x.Value));
            UnitName = (await edit.LoadAsync(Code, User)).Name;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
