using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace Gongkai.Tests.Attachments;

/// <summary>Files of every kind the sniffer must tell apart, built in memory.</summary>
internal static class SampleFiles
{
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    public static byte[] Gif => Encoding.ASCII.GetBytes("GIF89a\u0001\0\u0001\0");
    public static byte[] Exe => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];
    public static byte[] Text => Encoding.UTF8.GetBytes("这是一个纯文本文件，不是PDF。");

    /// <summary>A PDF header on a text file: passes the sniffer, fails extraction.</summary>
    public static byte[] BrokenPdf => Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a pdf\n");

    public static byte[] Xlsx(params string[] cells)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(cells.Select(c => new Dictionary<string, object> { ["内容"] = c }).ToList());
        return stream.ToArray();
    }

    /// <summary>A ZIP that is not an Office document (a plain archive), or one that only pretends to be.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    public const string WordTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;
}
