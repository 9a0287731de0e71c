namespace Gongkai.Attachments;

/// <summary>Upload limits, bound from the <c>Attachments</c> section (<c>GONGKAI_Attachments__MaxBytes</c>).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes (20 MB by default).</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How much a multipart request may exceed <see cref="MaxBytes"/> (boundaries, headers, form fields).</summary>
    public const long FormOverhead = 64 * 1024;

    public string MaxText => MaxBytes >= 1024 * 1024 ? $"{MaxBytes / (1024.0 * 1024):0.#} MB" : $"{MaxBytes / 1024.0:0.#} KB";
}
