using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Gongkai.Attachments;

/// <summary>One file read from a multipart request, with the form's other fields.</summary>
public sealed record Upload(string FileName, byte[] Bytes, IFormCollection Form);

/// <summary>
/// Reads the one file of a multipart upload under the configured limit. A body announced too large is refused before
/// it is read; one that turns out too large while reading (chunked, or a lying length) stops at the limit. Both are a
/// 413 problem, never a 500 and never a half-written record.
/// </summary>
public sealed class ReadUpload(IOptions<AttachmentOptions> options)
{
    public long MaxBytes => options.Value.MaxBytes;

    public async Task<Upload> RunAsync(HttpContext http)
    {
        var limit = options.Value.MaxBytes + AttachmentOptions.FormOverhead;
        if (http.Request.ContentLength > limit)
        {
            throw TooLarge();
        }
        if (!http.Request.HasFormContentType)
        {
            throw new UnsupportedFileTypeException("请以 multipart/form-data 表单上传文件（字段名 file）");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.RequestAborted);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge();
        }
        catch (InvalidDataException)
        {
            throw ValidationException.For("file", "上传表单的格式有误");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null) ?? throw ValidationException.For("file", "请选择要上传的文件（字段名 file）");
        if (file.Length > options.Value.MaxBytes)
        {
            throw TooLarge();
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, http.RequestAborted);
        return new Upload(file.FileName, buffer.ToArray(), form);
    }

    private FileTooLargeException TooLarge() =>
        new($"文件大小超过上限（{options.Value.MaxText}），请压缩或拆分后再上传");
}
