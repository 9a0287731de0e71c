using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Admin;

public sealed class TargetForm
{
    public string? Code { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Place { get; set; }
    /// <summary>Unit codes separated by commas or spaces; empty = all units.</summary>
    public string? Units { get; set; }
    public int? MaxLength { get; set; }
    public int? MaxMessages { get; set; }
    public int? Seconds { get; set; }
    public bool Active { get; set; } = true;

    public TargetInput ToInput() => new(Code?.Trim(), Kind, Name, Place,
        (Units ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries).ToList(), MaxLength, MaxMessages, Seconds, Active);

    public static TargetForm Of(ChannelTarget t) => new()
    {
        Code = t.Code, Kind = t.Kind, Name = t.Name, Place = t.Place, Units = string.Join(",", t.UnitCodes),
        MaxLength = t.MaxLength, MaxMessages = t.MaxMessages, Seconds = t.Seconds, Active = t.Active,
    };
}

/// <summary>
/// Creates or edits a channel target through <see cref="SaveChannelTarget"/>: an administrator any, a unit
/// administrator those of units within their scope (403 page otherwise); errors appear beside the fields.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.UnitAdmin)]
public sealed class ChannelTargetEditModel(SaveChannelTarget save) : PageModel
{
    [BindProperty] public TargetForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public bool IsNew => Code is null;

    public async Task OnGetAsync()
    {
        if (!IsNew)
        {
            Input = TargetForm.Of(await save.FindAsync(Code!, User));
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        try
        {
            var saved = IsNew ? await save.CreateAsync(Input.ToInput(), User) : await save.UpdateAsync(Code!, Input.ToInput(), User);
            TempData["Saved"] = saved.Name;
            return Redirect("/admin/channels");
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                messages.ToList().ForEach(m => ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", m));
            }
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("Input.Code", e.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
