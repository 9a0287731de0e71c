using System.Security.Cryptography;
using Gongkai.Infrastructure;

namespace Gongkai.Attachments;

/// <summary>An uploaded file that passed every check, with what was learnt from its content.</summary>
public sealed record InspectedFile(string FileName, FileType Type, byte[] Bytes, string Sha256, string Text);

/// <summary>
/// The boundary checks of an upload, all before anything is written: a usable name, a size under the limit, a type
/// found in the content and matching the name's extension, and text that can be read for the confidentiality scan.
/// </summary>
public static class InspectUpload
{
    public static InspectedFile Run(string? fileName, byte[] bytes, long maxBytes)
    {
        var name = CleanName(fileName);
        if (bytes.LongLength > maxBytes)
        {
            throw new FileTooLargeException($"文件大小超过上限（{new AttachmentOptions { MaxBytes = maxBytes }.MaxText}），请压缩或拆分后再上传");
        }
        if (bytes.Length == 0)
        {
            throw ValidationException.For("file", "上传的文件是空的");
        }
        var type = FileSniffer.Sniff(bytes)
            ?? throw new UnsupportedFileTypeException("不支持的文件类型：只接受 PDF、Word（.docx）、Excel（.xlsx）和 PNG、JPEG、GIF 图片（按文件内容判断，不看扩展名）");
        var extension = FileSniffer.Extension(name);
        if (!type.Extensions.Contains(extension))
        {
            throw new UnsupportedFileTypeException(
                $"文件内容是 {type.Name}，但文件名的扩展名是“{(extension.Length > 0 ? extension : "无")}”，两者不符；请使用 {string.Join(" 或 ", type.Extensions)} 扩展名");
        }
        string text;
        try
        {
            text = TextExtractor.Extract(type, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw ValidationException.For("file", $"无法读取该 {type.Name} 文件的内容（文件可能已损坏或加密），无法进行保密审查，请检查后重新上传");
        }
        return new InspectedFile(name, type, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), text);
    }

    /// <summary>The last path segment of the client's name, without control characters, at most 200 characters.</summary>
    public static string CleanName(string? fileName)
    {
        var name = new string((fileName ?? "").Where(c => !char.IsControl(c)).ToArray());
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        if (name.Length == 0 || name.Trim('.').Length == 0)
        {
            throw ValidationException.For("file", "文件须有文件名");
        }
        if (name.Length > 200)
        {
            var extension = Path.GetExtension(name);
            name = name[..(200 - extension.Length)] + extension;
        }
        return name;
    }
}
