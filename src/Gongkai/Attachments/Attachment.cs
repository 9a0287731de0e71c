using Gongkai.Data;

namespace Gongkai.Attachments;

/// <summary>Why a file is attached to a request: the scan of a paper original (来件原件), or the information released.</summary>
public enum AttachmentPurpose
{
    /// <summary>A file of a published item (信息附件).</summary>
    Item,
    /// <summary>A scan of a request received on paper, by fax or e-mail (申请原件扫描件).</summary>
    Original,
    /// <summary>Information released with a reply (答复提供的政府信息).</summary>
    Released,
}

/// <summary>
/// The metadata of an attached file (附件), owned by an item or by a request. The bytes live in
/// <see cref="AttachmentContent"/> so that lists never load them. Audited by named actions (attach/detach),
/// not row by row: the extracted text may be long and may hold personal data.
/// </summary>
[NotAudited]
public sealed class Attachment
{
    public long Id { get; private set; }
    public long? ItemId { get; init; }
    public int? RequestId { get; init; }
    public AttachmentPurpose Purpose { get; init; }
    public required string FileName { get; init; }
    /// <summary>The type found by reading the content (never the client's claim).</summary>
    public required string ContentType { get; init; }
    public long Size { get; init; }
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }
    /// <summary>Plain text read from the file, for the confidentiality scan and the search ("" for images).</summary>
    public string ExtractedText { get; init; } = "";
    public string? UploadedBy { get; init; }
    public DateTime UploadedAt { get; init; }
    /// <summary>Set when adding (one save writes both rows); not loaded by queries unless asked for.</summary>
    public AttachmentContent? Content { get; init; }
}

/// <summary>The bytes of one attachment, in the database so every node of a scaled-out instance serves them.</summary>
[NotAudited]
public sealed class AttachmentContent
{
    public long AttachmentId { get; init; }
    public required byte[] Bytes { get; init; }
}
