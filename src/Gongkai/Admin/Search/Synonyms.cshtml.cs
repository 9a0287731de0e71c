using Gongkai.Accounts;
using Gongkai.Infrastructure;
using Gongkai.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Search;

/// <summary>Administrators keep the search synonyms (同义词): one group per line of words separated by spaces or commas.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class SynonymsModel(EditSynonyms edit) : PageModel
{
    public List<SynonymView> Groups { get; private set; } = [];
    [BindProperty] public int? GroupId { get; set; }
    [BindProperty] public string? Words { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => Groups = await edit.ListAsync();

    public Task<IActionResult> OnPostSaveAsync() => ChangeAsync(async () =>
    {
        var input = new SynonymInput(Split(Words));
        _ = GroupId is { } id ? await edit.UpdateAsync(id, input) : await edit.CreateAsync(input);
    }, "同义词组已保存");

    public Task<IActionResult> OnPostDeleteAsync() => ChangeAsync(() => edit.DeleteAsync(GroupId ?? 0), "同义词组已删除");

    /// <summary>Words as a clerk types them: separated by spaces, commas (半角或全角), 顿号 or semicolons.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split([' ', '\u3000', ',', '，', '、', ';', '；', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done)
    {
        try
        {
            await change();
            TempData["Saved"] = done;
            return Redirect("/admin/search/synonyms");
        }
        catch (ValidationException e)
        {
            Error = string.Join("；", e.Errors.SelectMany(x => x.Value).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }
}
