using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Items;

/// <summary>One item: the edit form, the workflow buttons, the scan findings with mask and override.</summary>
public sealed class EditModel(
    AppDbContext db, UnitAccess access, SaveItem save, RunItemStep steps, ScanItem scan,
    Gongkai.Attachments.AttachToItem attach, Microsoft.Extensions.Options.IOptions<Gongkai.Attachments.AttachmentOptions> files) : PageModel
{
    public List<Gongkai.Attachments.AttachmentView> Attachments { get; private set; } = [];
    public string MaxUploadText => files.Value.MaxText;
    [BindProperty] public ItemForm Form { get; set; } = new();
    [BindProperty] public string? ETag { get; set; }
    public Item? Item { get; private set; }
    public List<ScanFinding> Findings { get; private set; } = [];
    public List<(string Code, string Name)> Units { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id)
    {
        await LoadAsync(id);
        if (Item is not null)
        {
            Form = ItemForm.Of(Item, (await db.Units.SingleAsync(u => u.Id == Item.UnitId)).Code);
        }
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long? id) => RunAsync(id, async () =>
    {
        var item = id is null ? await save.CreateAsync(Form.ToInput(), User) : await save.UpdateAsync(id.Value, Form.ToInput(), ETag, User);
        return (item.Id, "已保存");
    });

    public Task<IActionResult> OnPostStepAsync(long id, string step, string? decision, string? comment, string? reason) => RunAsync(id, async () =>
    {
        var result = step == "override"
            ? await steps.OverrideAsync(id, new StepInput(Reason: reason), User)
            : await steps.RunAsync(id, step, new StepInput(decision, comment), User);
        var hint = result.Duplicates.Count > 0 ? $"；注意：与已有信息“{result.Duplicates[0].Title}”相似" : "";
        return (id, $"操作成功，当前状态：{Enum.Parse<ItemStatus>(result.Status, true).Chinese()}{hint}");
    });

    public Task<IActionResult> OnPostMaskAsync(long id) => RunAsync(id, async () =>
    {
        var item = await db.Items.SingleAsync(i => i.Id == id);
        await access.EnsureAsync(User, item.UnitId, Roles.Editor, Roles.Reviewer);
        ScanItem.Mask(item, await scan.FindingsAsync(item));
        db.RecordAction("mask", nameof(Catalog.Item), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        return (id, "已脱敏");
    });

    public Task<IActionResult> OnPostAttachAsync(long id, IFormFile? file) => RunAsync(id, async () =>
    {
        if (file is null)
        {
            throw ValidationException.For("file", "请选择要上传的文件");
        }
        if (file.Length > files.Value.MaxBytes)
        {
            throw new Gongkai.Attachments.FileTooLargeException($"文件大小超过上限（{files.Value.MaxText}），请压缩或拆分后再上传");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var added = await attach.AddAsync(id, Gongkai.Attachments.InspectUpload.Run(file.FileName, buffer.ToArray(), files.Value.MaxBytes), User);
        return (id, $"已上传附件“{added.FileName}”");
    });

    public Task<IActionResult> OnPostDetachAsync(long id, long attachmentId) => RunAsync(id, async () =>
    {
        await attach.RemoveAsync(id, attachmentId, User);
        return (id, "已删除附件");
    });

    /// <summary>Where a finding is, in words: the field, or the attachment's file name.</summary>
    public string Where(ScanFinding f) =>
        f.Field.StartsWith("attachment:", StringComparison.Ordinal) && Attachments.FirstOrDefault(a => ScanItem.AttachmentField(a.Id) == f.Field) is { } a
            ? $"附件《{a.FileName}》" : f.Field;

    private async Task<IActionResult> RunAsync(long? id, Func<Task<(long Id, string Message)>> work)
    {
        try
        {
            var (savedId, message) = await work();
            TempData["message"] = message;
            return Redirect($"/admin/items/{savedId}");
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task LoadAsync(long? id)
    {
        var scoped = await access.ScopedUnitIdsAsync(User);
        Units = (await db.Units.AsNoTracking().Where(u => scoped.Contains(u.Id)).OrderBy(u => u.SortOrder).ToListAsync()).Select(u => (u.Code, u.Name)).ToList();
        Message = TempData["message"] as string;
        if (id is null)
        {
            return;
        }
        Item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && scoped.Contains(i.UnitId)) ?? throw new NotFoundException("信息不存在");
        Findings = await scan.FindingsAsync(Item);
        Attachments = await Gongkai.Attachments.ListAttachments.ForItemAsync(db, Item.Id);
        ETag = Item.ETag;
    }
}
