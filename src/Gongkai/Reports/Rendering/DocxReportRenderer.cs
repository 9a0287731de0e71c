using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Rendering;

/// <summary>
/// The report as an official document (GB/T 9704): A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号 centred,
/// headings 黑体 三号, body 仿宋_GB2312 三号 with a two-character indent, page numbers "— n —" in the footer.
/// Fonts missing on the reader's machine fall back through the font table (宋体).
/// </summary>
internal sealed class DocxReportRenderer : IReportRenderer
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    private const int Erhao = 44; // 二号 22 pt, in half-points
    private const int Sanhao = 32; // 三号 16 pt
    private const int TableSize = 21; // 五号 10.5 pt

    public string Format => "docx";
    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public byte[] Render(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddFontTable(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            body.Append(Paragraph(document.Title, TitleFont, Erhao, JustificationValues.Center, indent: false));
            foreach (var section in ReportTables.Sections(document))
            {
                if (section.Heading.Length > 0)
                {
                    body.Append(Paragraph(section.Heading, HeadingFont, Sanhao, JustificationValues.Both, indent: true));
                }
                foreach (var text in section.Paragraphs)
                {
                    body.Append(Paragraph(text, BodyFont, Sanhao, JustificationValues.Both, indent: true));
                }
                foreach (var table in section.Tables)
                {
                    body.Append(DocxTable.Build(table, BodyFont, TableSize));
                    body.Append(new Paragraph());
                }
            }
            body.Append(SectionProperties(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    internal static RunProperties Font(string font, int halfPoints, bool bold = false)
    {
        var props = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (bold) props.Append(new Bold());
        props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        props.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        props.Append(new Languages { EastAsia = "zh-CN" });
        return props;
    }

    private static Paragraph Paragraph(string text, string font, int size, JustificationValues align, bool indent)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (indent) props.Append(new Indentation { FirstLineChars = 200 });
        props.Append(new Justification { Val = align });
        return new Paragraph(props, new Run(Font(font, size), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Footer PageNumberFooter()
    {
        var rp = () => Font("宋体", 28);
        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(rp(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(rp(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(rp(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(rp(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(rp(), new Text("1")),
            new Run(rp(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(rp(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static SectionProperties SectionProperties(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = Mm(37), Bottom = Mm(35), Left = (uint)Mm(28), Right = (uint)Mm(26), Header = 851U, Footer = 992U, Gutter = 0U },
        new PageNumberType { Start = 1 });

    internal static int Mm(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    private static void AddFontTable(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            FontEntry(TitleFont, "宋体"), FontEntry(BodyFont, "仿宋"), FontEntry(HeadingFont, "SimHei"), FontEntry("宋体", "SimSun"));
    }

    private static Font FontEntry(string name, string alt) =>
        new(new AltName { Val = alt }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }) { Name = name };
}
