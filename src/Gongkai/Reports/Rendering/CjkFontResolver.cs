using PdfSharp.Fonts;

namespace Gongkai.Reports.Rendering;

/// <summary>
/// PDFsharp's fonts: one single-face TrueType CJK font found on the system (not .ttc, not CFF), for every family.
/// Install Debian's fonts-arphic-gbsn00lp (or fonts-lxgw-wenkai) where it is missing.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Face = "GongkaiCjk";

    public static readonly string[] KnownPaths =
    [
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
        "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
        "C:/Windows/Fonts/simfang.ttf",
        "C:/Windows/Fonts/simhei.ttf",
    ];

    private static readonly Lock Gate = new();
    private static byte[]? fontBytes;

    /// <summary>Installs the resolver once per process; throws with what to install when no font is there.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (fontBytes is not null)
            {
                return;
            }
            var path = KnownPaths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
                "生成PDF需要中文TrueType字体，未在系统中找到（请安装 fonts-arphic-gbsn00lp，例如 apt-get install fonts-arphic-gbsn00lp）。已查找：" + string.Join("；", KnownPaths));
            fontBytes = File.ReadAllBytes(path);
            GlobalFontSettings.FontResolver ??= new CjkFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, false);

    public byte[] GetFont(string faceName) => fontBytes ?? throw new InvalidOperationException("CJK font not loaded");
}
