namespace Gongkai.Attachments;

/// <summary>An attachment as the staff API lists it (never the bytes, never the extracted text).</summary>
public sealed record AttachmentView(
    long Id, string FileName, string ContentType, string TypeName, long Size, string Sha256, string Purpose,
    int TextLength, string? UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentView Of(Attachment a) => new(
        a.Id, a.FileName, a.ContentType, FileType.OfContentType(a.ContentType)?.Name ?? a.ContentType, a.Size, a.Sha256,
        char.ToLowerInvariant(a.Purpose.ToString()[0]) + a.Purpose.ToString()[1..], a.ExtractedText.Length, a.UploadedBy,
        new DateTimeOffset(DateTime.SpecifyKind(a.UploadedAt, DateTimeKind.Utc)));

    /// <summary>"1.2 MB", "35 KB", "800 字节": sizes as the portal shows them.</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} 字节",
    };
}
