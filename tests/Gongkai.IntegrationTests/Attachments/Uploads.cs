using System.Net.Http.Headers;

namespace Gongkai.IntegrationTests.Attachments;

/// <summary>Multipart uploads as a browser or a script sends them.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Form(string fileName, byte[] bytes, string contentType = "application/octet-stream", string? purpose = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }
        return form;
    }

    public static byte[] Exe => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    public static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}

/// <summary>The app with a small upload limit, so "too large" is cheap to test.</summary>
public sealed class SmallUploadApp : Infrastructure.TestApp
{
    public const int Limit = 256 * 1024;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Attachments:MaxBytes"] = Limit.ToString() };
}
