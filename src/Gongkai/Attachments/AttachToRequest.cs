using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Attachments;

/// <summary>
/// Files of a disclosure request: the scan of a paper original (来件原件) and the information released with the
/// reply. Only the request officers of its unit add or remove them; they are never public.
/// </summary>
public sealed class AttachToRequest(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public static readonly string[] Readers = [Roles.RequestOfficer, Roles.Supervisor, Roles.UnitAdmin];

    public async Task<Attachment> AddAsync(string number, string? purpose, InspectedFile file, ClaimsPrincipal user)
    {
        var request = await FindAsync(number, user, Roles.RequestOfficer);
        var kind = purpose switch
        {
            "original" => AttachmentPurpose.Original,
            "released" => AttachmentPurpose.Released,
            _ => throw ValidationException.For("purpose", "附件用途须为 original（申请原件扫描件）或 released（提供的政府信息）"),
        };
        var attachment = new Attachment
        {
            RequestId = request.Id, Purpose = kind, FileName = file.FileName, ContentType = file.Type.ContentType,
            Size = file.Bytes.LongLength, Sha256 = file.Sha256, ExtractedText = file.Text, UploadedBy = user.Identity?.Name,
            UploadedAt = time.GetUtcNow().UtcDateTime, Content = new AttachmentContent { Bytes = file.Bytes },
        };
        db.Attachments.Add(attachment);
        db.RecordAction("attach", nameof(Request), request.Number, new { purpose, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256 });
        await db.SaveChangesAsync();
        return attachment;
    }

    public async Task RemoveAsync(string number, long attachmentId, ClaimsPrincipal user)
    {
        var request = await FindAsync(number, user, Roles.RequestOfficer);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == request.Id)
            ?? throw new NotFoundException($"附件 {attachmentId} 不存在");
        db.Attachments.Remove(attachment);
        db.RecordAction("detach", nameof(Request), request.Number, new { attachment.Id, attachment.FileName, attachment.Sha256 });
        await db.SaveChangesAsync();
    }

    public async Task<(int Id, string Number)> FindAsync(string number, ClaimsPrincipal user, params string[] roles)
    {
        var request = await db.Requests.AsNoTracking().Where(r => r.Number == number).Select(r => new { r.Id, r.Number, r.UnitId }).SingleOrDefaultAsync()
            ?? throw new NotFoundException($"申请 {number} 不存在");
        await access.EnsureAsync(user, request.UnitId, roles);
        return (request.Id, request.Number);
    }
}
