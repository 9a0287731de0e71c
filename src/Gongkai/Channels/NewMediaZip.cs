using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Gongkai.Channels;

/// <summary>
/// The new-media export package as one download (pure): <c>article.html</c> (the body ready to paste into the
/// platform's editor), <c>summary.txt</c> (title, summary, link back to the portal) and <c>package.json</c> (all fields
/// and the image addresses).
/// </summary>
public static class NewMediaZip
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileName(long id) => $"new-media-{id.ToString(CultureInfo.InvariantCulture)}.zip";

    public static byte[] Write(NewMediaPackageView package)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "article.html", $"""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(package.Title)}</title></head>
                <body>
                {package.Html}
                </body></html>
                """);
            Add(zip, "summary.txt", $"{package.Title}\n\n{package.Summary}\n\n{package.UnitName}　索引号：{package.IndexNumber}\n原文链接：{package.Url}\n");
            Add(zip, "package.json", JsonSerializer.Serialize(new
            {
                id = package.Id, title = package.Title, summary = package.Summary, unit = package.Unit, unitName = package.UnitName,
                indexNumber = package.IndexNumber, publishedAt = package.PublishedAt, url = package.Url, images = package.Images,
            }, Json));
        }
        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
