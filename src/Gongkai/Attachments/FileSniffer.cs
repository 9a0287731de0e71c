using System.IO.Compression;
using System.Xml.Linq;

namespace Gongkai.Attachments;

/// <summary>A file type the platform accepts, with the extensions a file of that type may carry.</summary>
public sealed record FileType(string Name, string ContentType, string[] Extensions, bool HasText)
{
    public static readonly FileType Pdf = new("PDF", "application/pdf", [".pdf"], true);
    public static readonly FileType Docx = new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], true);
    public static readonly FileType Xlsx = new("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], true);
    public static readonly FileType Png = new("PNG", "image/png", [".png"], false);
    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"], false);
    public static readonly FileType Gif = new("GIF", "image/gif", [".gif"], false);

    public static readonly IReadOnlyList<FileType> All = [Pdf, Docx, Xlsx, Png, Jpeg, Gif];

    public static FileType? OfContentType(string contentType) => All.FirstOrDefault(t => t.ContentType == contentType);
}

/// <summary>
/// Finds a file's type from its bytes (magic numbers; for DOCX/XLSX the ZIP's <c>[Content_Types].xml</c> and main
/// part), never from its name or the client's Content-Type. Pure.
/// </summary>
public static class FileSniffer
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string SheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static FileType? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return FileType.Pdf;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return FileType.Gif;
        }
        return content.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04]) ? SniffOpenXml(content.ToArray()) : null;
    }

    /// <summary>A ZIP is Word or Excel only if its content types declare the main part and that part is there.</summary>
    private static FileType? SniffOpenXml(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null)
            {
                return null;
            }
            XDocument xml;
            using (var stream = contentTypes.Open())
            {
                xml = XDocument.Load(stream);
            }
            var declared = xml.Root?.Elements().ToList() ?? [];
            var overrides = declared.Where(e => e.Name.LocalName == "Override")
                .ToDictionary(e => ((string?)e.Attribute("PartName") ?? "").TrimStart('/'), e => (string?)e.Attribute("ContentType") ?? "", StringComparer.OrdinalIgnoreCase);
            var defaults = declared.Where(e => e.Name.LocalName == "Default")
                .GroupBy(e => (string?)e.Attribute("Extension") ?? "", StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("ContentType") ?? "", StringComparer.OrdinalIgnoreCase);
            // A part's type is its Override, else the Default of its extension (System.IO.Packaging writes either).
            string? TypeOf(string part) => overrides.TryGetValue(part, out var t) ? t
                : defaults.TryGetValue(Path.GetExtension(part).TrimStart('.'), out var d) ? d : null;
            var types = zip.Entries.Where(e => e.FullName != "[Content_Types].xml").Select(e => TypeOf(e.FullName)).ToHashSet();
            bool Declares(string type) => types.Contains(type);
            return Declares(WordMain) ? FileType.Docx : Declares(SheetMain) ? FileType.Xlsx : null;
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The name's extension, lower case with the dot ("" when none).</summary>
    public static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();
}
