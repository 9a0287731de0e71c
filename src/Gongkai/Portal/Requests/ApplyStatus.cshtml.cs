using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal.Requests;

/// <summary>The applicant's status page: number + query code, nothing about the applicant shown.</summary>
public sealed class ApplyStatusModel(GetRequest get) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public PublicRequestStatus? Status { get; private set; }
    public bool Missing { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number) || string.IsNullOrWhiteSpace(Code))
        {
            return;
        }
        try
        {
            Status = await get.ForApplicantAsync(Number.Trim(), Code);
        }
        catch (NotFoundException)
        {
            Missing = true;
        }
    }
}
