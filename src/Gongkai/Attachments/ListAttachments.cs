using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Attachments;

/// <summary>Attachment lists and downloads, reading only what each needs (lists never touch the bytes or the text).</summary>
public static class ListAttachments
{
    public static async Task<List<AttachmentView>> ForItemAsync(AppDbContext db, long itemId, CancellationToken cancellationToken = default) =>
        Views(await Rows(db.Attachments.Where(a => a.ItemId == itemId)).ToListAsync(cancellationToken));

    public static async Task<List<AttachmentView>> ForRequestAsync(AppDbContext db, int requestId, CancellationToken cancellationToken = default) =>
        Views(await Rows(db.Attachments.Where(a => a.RequestId == requestId)).ToListAsync(cancellationToken));

    /// <summary>The file of an attachment, or null; <paramref name="owner"/> narrows to one item or request.</summary>
    public static async Task<(Attachment Meta, byte[] Bytes)?> FileAsync(
        AppDbContext db, long attachmentId, Func<IQueryable<Attachment>, IQueryable<Attachment>> owner, CancellationToken cancellationToken = default)
    {
        var meta = await owner(db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId))
            .Select(a => new Row(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.Purpose, 0, a.UploadedBy, a.UploadedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (meta is null)
        {
            return null;
        }
        var bytes = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId).Select(c => c.Bytes).SingleAsync(cancellationToken);
        return (new Attachment { FileName = meta.FileName, ContentType = meta.ContentType, Sha256 = meta.Sha256, Size = meta.Size }, bytes);
    }

    /// <summary>A download: the stored type, the UTF-8 file name (RFC 6266 <c>filename*</c>), and no sniffing by the browser.</summary>
    public static IResult Download(HttpContext http, Attachment meta, byte[] bytes)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ETag = $"\"{meta.Sha256}\"";
        return Results.File(bytes, meta.ContentType, meta.FileName);
    }

    private sealed record Row(
        long Id, string FileName, string ContentType, long Size, string Sha256, AttachmentPurpose Purpose, int TextLength, string? UploadedBy, DateTime UploadedAt);

    private static IQueryable<Row> Rows(IQueryable<Attachment> attachments) => attachments.AsNoTracking().OrderBy(a => a.Id)
        .Select(a => new Row(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.Purpose, a.ExtractedText.Length, a.UploadedBy, a.UploadedAt));

    private static List<AttachmentView> Views(List<Row> rows) => rows.Select(r => new AttachmentView(
        r.Id, r.FileName, r.ContentType, FileType.OfContentType(r.ContentType)?.Name ?? r.ContentType, r.Size, r.Sha256,
        char.ToLowerInvariant(r.Purpose.ToString()[0]) + r.Purpose.ToString()[1..], r.TextLength, r.UploadedBy,
        new DateTimeOffset(DateTime.SpecifyKind(r.UploadedAt, DateTimeKind.Utc)))).ToList();
}
