using System.Security.Claims;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Accounts;
using Gongkai.Infrastructure;

namespace Gongkai.Requests;

/// <summary>The reply letter (政府信息公开申请答复告知书) as DOCX (title in 小标宋, body in 仿宋_GB2312) or PDF, per outcome.</summary>
public sealed class RenderReplyLetter(GetRequest get, Gongkai.Accounts.UnitAccess access)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The letter in <paramref name="format"/> (<c>docx</c>, the default, or <c>pdf</c>): bytes, content type, file name.</summary>
    public async Task<(byte[] Bytes, string ContentType, string FileName)> RunAsync(string number, string? format, ClaimsPrincipal user)
    {
        var kind = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "docx" => "docx",
            "pdf" => "pdf",
            _ => throw ValidationException.For("format", "答复告知书格式只能是 docx 或 pdf"),
        };
        var letter = await TextAsync(number, user);
        return kind == "pdf"
            ? (RenderReplyLetterPdf.Build(letter), "application/pdf", $"{number}-告知书.pdf")
            : (Build(letter), DocxType, $"{number}-告知书.docx");
    }

    private async Task<ReplyLetterText> TextAsync(string number, ClaimsPrincipal user)
    {
        var (request, _) = await get.LoadAsync(number);
        await access.EnsureAsync(user, request.UnitId, Roles.RequestOfficer);
        if (request.Outcome is null || request.ClosedOn is null)
        {
            throw new ConflictException("该申请尚未答复，不能生成答复告知书");
        }
        return ReplyLetterText.For(request);
    }

    public static byte[] Build(ReplyLetterText letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(letter.Title, "方正小标宋简体", "SimSun", 44, JustificationValues.Center, bold: false));
            body.Append(Paragraph(letter.Reference, "仿宋_GB2312", "FangSong", 32, JustificationValues.Center));
            foreach (var line in letter.Body)
            {
                body.Append(Paragraph(line, "仿宋_GB2312", "FangSong", 32, JustificationValues.Both, indent: line != letter.Body[0]));
            }
            body.Append(Paragraph(letter.Signature, "仿宋_GB2312", "FangSong", 32, JustificationValues.Right));
            body.Append(Paragraph(letter.Date, "仿宋_GB2312", "FangSong", 32, JustificationValues.Right));
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string eastAsiaFont, string fallback, int halfPoints, JustificationValues align,
        bool indent = false, bool bold = false)
    {
        var runProperties = new RunProperties(
            new RunFonts { Ascii = fallback, HighAnsi = fallback, EastAsia = eastAsiaFont },
            new FontSize { Val = halfPoints.ToString() },
            new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            runProperties.PrependChild(new Bold());
        }
        var paragraphProperties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = align });
        if (indent)
        {
            paragraphProperties.Append(new Indentation { FirstLineChars = 200 });
        }
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
