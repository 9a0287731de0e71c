using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Requests;

/// <summary>The application form (政府信息公开申请表) on the portal; a hidden key makes a double submission one request.</summary>
[EnableRateLimiting(WebInfrastructure.PublicFormsPolicy)]
public sealed class ApplyModel(FileRequest file, Gongkai.Data.AppDbContext db, Texts texts) : PageModel
{
    [BindProperty] public ApplyForm Form { get; set; } = new();
    public List<(string Code, string Name)> Units { get; private set; } = [];
    public FiledRequest? Filed { get; private set; }

    public async Task OnGetAsync()
    {
        Form.SubmissionKey = Guid.NewGuid().ToString("N");
        await LoadUnitsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var (request, _) = await file.FileAsync(Form.ToInput(), null, "portal-" + Form.SubmissionKey);
            Filed = new FiledRequest(request.Number, request.QueryCode, RequestTimes.China(request.ReceivedAt), request.DueDate, request.Status);
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, ApplyErrorText.Translate(message, texts)); // English in English mode
                }
            }
        }
        await LoadUnitsAsync();
        return Page();
    }

    private async Task LoadUnitsAsync() =>
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
}

public sealed class ApplyForm
{
    public string? Unit { get; set; }
    public string ApplicantType { get; set; } = "natural";
    public string? Name { get; set; }
    public string IdType { get; set; } = "residentId";
    public string? IdNumber { get; set; }
    public string? Organization { get; set; }
    public string? CreditCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Subject { get; set; }
    public string? Description { get; set; }
    public string Delivery { get; set; } = "email";
    public string? SubmissionKey { get; set; }

    public RequestInput ToInput() => new(Unit, "online", null,
        new ApplicantInput(ApplicantType, Name, ApplicantType == "natural" ? IdType : null, IdNumber, Organization, CreditCode, Phone, Email, Address),
        Subject, Description, Delivery);
}
