using Gongkai.Attachments;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Requests;

/// <summary>One request: applicant, timeline, "why this date", its files, and the forms for the next step.</summary>
public sealed class DetailModel(GetRequest get, ActOnRequest act, Gongkai.Data.AppDbContext db, AttachToRequest attach,
    Microsoft.Extensions.Options.IOptions<AttachmentOptions> files) : PageModel
{
    /// <summary>The request's files (申请原件扫描件、提供的政府信息); null when the user's roles may not see them.</summary>
    public List<AttachmentView>? Attachments { get; private set; }
    /// <summary>Only request officers of the unit add or remove files.</summary>
    public bool CanChangeFiles { get; private set; }
    public string MaxUploadText => files.Value.MaxText;
    public string? Message { get; private set; }

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
        Message = TempData["message"] as string;
        try
        {
            var (requestId, _) = await attach.FindAsync(number, User, AttachToRequest.Readers);
            Attachments = await ListAttachments.ForRequestAsync(db, requestId);
            await attach.FindAsync(number, User, Gongkai.Accounts.Roles.RequestOfficer);
            CanChangeFiles = true;
        }
        catch (ForbiddenException)
        {
            // the section is hidden (no files) or read-only (no forms) for this user
        }
    }

    /// <summary>Uploads a file through the same checks as the API (type by content, size limit); refusals are shown on the page.</summary>
    public Task<IActionResult> OnPostAttachAsync(string number, IFormFile? file, string? purpose) => FilesAsync(number, async () =>
    {
        if (file is null)
        {
            throw ValidationException.For("file", "请选择要上传的文件");
        }
        if (file.Length > files.Value.MaxBytes)
        {
            throw new FileTooLargeException($"文件大小超过上限（{files.Value.MaxText}），请压缩或拆分后再上传");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var added = await attach.AddAsync(number, purpose, InspectUpload.Run(file.FileName, buffer.ToArray(), files.Value.MaxBytes), User);
        return $"已上传文件“{added.FileName}”";
    });

    public Task<IActionResult> OnPostDetachAsync(string number, long attachmentId) => FilesAsync(number, async () =>
    {
        await attach.RemoveAsync(number, attachmentId, User);
        return "已删除文件";
    });

    private async Task<IActionResult> FilesAsync(string number, Func<Task<string>> work)
    {
        try
        {
            TempData["message"] = await work();
            return Redirect($"/admin/requests/{number}");
        }
        catch (Exception e) when (e is ValidationException or UnsupportedFileTypeException or FileTooLargeException)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await OnGetAsync(number);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostAsync(string number)
    {
        try
        {
            await act.RunAsync(number, new RequestActionInput(Step.Type, Step.At, Step.Outcome, Step.Note, Step.Workdays, Step.FeeBasis, Step.Quantity,
                Step.WaivedYuan is { } yuan ? (long)Math.Round(yuan * 100) : null), User);
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
        /// <summary>减免金额 in 元 for a partial waiver; empty = waive everything still due.</summary>
        public decimal? WaivedYuan { get; set; }
    }
}
