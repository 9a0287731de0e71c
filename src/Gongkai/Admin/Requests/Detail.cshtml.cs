using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Requests;

/// <summary>One request: applicant, timeline, "why this date", and the forms for the next step.</summary>
public sealed class DetailModel(GetRequest get, ActOnRequest act, Gongkai.Data.AppDbContext db) : PageModel
{
    /// <summary>The e-mails to the applicant about this request (the outbox), newest first.</summary>
    public List<ApplicantMessage> Messages { get; private set; } = [];

    public RequestView View { get; private set; } = null!;
    public string? Error { get; private set; }
    [BindProperty] public StepForm Step { get; set; } = new();

    public async Task OnGetAsync(string number)
    {
        View = await get.ForStaffAsync(number, User);
        Messages = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.ApplicantMessages.Where(m => m.RequestNumber == number).OrderByDescending(m => m.Id));
    }

    public async Task<IActionResult> OnPostAsync(string number)
    {
        try
        {
            await act.RunAsync(number, new RequestActionInput(Step.Type, Step.At, Step.Outcome, Step.Note, Step.Workdays, Step.FeeBasis, Step.Quantity), User);
            return Redirect($"/admin/requests/{number}");
        }
        catch (Exception e) when (e is ValidationException or ConflictException)
        {
            Error = e.Message;
            await OnGetAsync(number);
            return Page();
        }
    }

    public sealed class StepForm
    {
        public string? Type { get; set; }
        public string? At { get; set; }
        public string? Outcome { get; set; }
        public string? Note { get; set; }
        public int? Workdays { get; set; }
        public string? FeeBasis { get; set; }
        public int? Quantity { get; set; }
    }
}
