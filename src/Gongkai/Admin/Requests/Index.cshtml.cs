using Gongkai.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Requests;

/// <summary>The officer's work list, earliest due date first, overdue rows highlighted.</summary>
public sealed class IndexModel(ListRequests list) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    public List<RequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await list.RunAsync(User, Status, Overdue, Unit, Due);
}
