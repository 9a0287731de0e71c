using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Supervision;

/// <summary>A circular as an official document (GB/T 9704 look): 方正小标宋简体 title, 黑体 headings, 仿宋_GB2312 body, A4.</summary>
public static class RenderCircularDocx
{
    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string BodyFont = "仿宋_GB2312";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(string title, string text, string issuer, DateOnly date)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            body.Append(Para(title, TitleFont, 44, JustificationValues.Center, false));
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var heading = line.StartsWith('【') && line.EndsWith('】');
                var first = line.EndsWith('：') && !heading;
                body.Append(heading ? Para(line.Trim('【', '】'), HeadingFont, 32, JustificationValues.Both, true)
                    : Para(line, BodyFont, 32, JustificationValues.Both, !first));
            }
            body.Append(Para(issuer, BodyFont, 32, JustificationValues.Right, false));
            body.Append(Para(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), BodyFont, 32, JustificationValues.Right, false));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1985, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text, string font, int halfPoints, JustificationValues align, bool indent)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (indent)
        {
            props.Append(new Indentation { FirstLineChars = 200 });
        }
        props.Append(new Justification { Val = align });
        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        var run = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Languages { EastAsia = "zh-CN" });
        return new Paragraph(props, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
