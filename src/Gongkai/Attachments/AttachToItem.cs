using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Attachments;

/// <summary>
/// Adds a file to an item or removes one, as an edit of the item: allowed only where the workflow allows editing
/// (a draft, or a published item as a revision — 修订, with its version kept and the index updated). A published
/// item only takes a file the confidentiality scan finds clean, since it goes public at once.
/// </summary>
public sealed class AttachToItem(AppDbContext db, UnitAccess access, TimeProvider time, Search.SearchOutbox search)
{
    public async Task<Attachment> AddAsync(long itemId, InspectedFile file, ClaimsPrincipal user)
    {
        var item = await EditableAsync(itemId, user);
        if (item.Status == ItemStatus.Published)
        {
            var words = await db.SensitiveWords.AsNoTracking().Select(w => w.Word).ToListAsync();
            if (ConfidentialityScanner.Scan("attachment", file.Text, words) is { Count: > 0 } findings)
            {
                throw new ConflictException($"已发布信息的附件须先通过保密审查：该文件含{ScanItem.Describe(findings)}，请脱敏后再上传");
            }
        }
        var attachment = new Attachment
        {
            ItemId = item.Id, Purpose = AttachmentPurpose.Item, FileName = file.FileName, ContentType = file.Type.ContentType,
            Size = file.Bytes.LongLength, Sha256 = file.Sha256, ExtractedText = file.Text, UploadedBy = user.Identity?.Name,
            UploadedAt = time.GetUtcNow().UtcDateTime, Content = new AttachmentContent { Bytes = file.Bytes },
        };
        db.Attachments.Add(attachment);
        Touch(item, user);
        db.RecordAction("attach", nameof(Item), Id(item.Id), new { attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256 });
        await db.SaveChangesAsync();
        return attachment;
    }

    public async Task RemoveAsync(long itemId, long attachmentId, ClaimsPrincipal user)
    {
        var item = await EditableAsync(itemId, user);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.ItemId == itemId)
            ?? throw new NotFoundException($"附件 {attachmentId} 不存在");
        db.Attachments.Remove(attachment);
        Touch(item, user);
        db.RecordAction("detach", nameof(Item), Id(item.Id), new { attachment.Id, attachment.FileName, attachment.Sha256 });
        await db.SaveChangesAsync();
    }

    /// <summary>403/404/409 before an upload is read: the caller may edit this item now.</summary>
    public async Task EnsureEditableAsync(long itemId, ClaimsPrincipal user) => await EditableAsync(itemId, user, tracked: false);

    private async Task<Item> EditableAsync(long itemId, ClaimsPrincipal user, bool tracked = true)
    {
        var item = await (tracked ? db.Items : db.Items.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == itemId) ?? throw new NotFoundException($"信息 {itemId} 不存在");
        await access.EnsureAsync(user, item.UnitId, Roles.Editor);
        var action = item.Status == ItemStatus.Published ? ItemAction.Revise : ItemAction.Edit;
        var decision = ItemWorkflow.Decide(item.Status, action);
        if (!decision.Allowed)
        {
            throw new ConflictException(decision.Refusal!.Replace("不能修改", "不能增删附件", StringComparison.Ordinal));
        }
        return item;
    }

    /// <summary>The item changed: its ETag moves on; a published item gets a revision and reaches the index.</summary>
    private void Touch(Item item, ClaimsPrincipal user)
    {
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        if (item.Status == ItemStatus.Published)
        {
            item.Apply(ItemAction.Revise);
            db.ItemVersions.Add(ItemVersion.Of(item, item.UpdatedAt, user.Identity?.Name));
            search.Enqueue(item.Id, Search.SearchOperation.Upsert);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
