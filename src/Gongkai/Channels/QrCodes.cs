using QRCoder;

namespace Gongkai.Channels;

/// <summary>QR codes as PNG data URIs (pure), for screens that send the reader to the item on the portal.</summary>
public static class QrCodes
{
    public static string PngDataUri(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
