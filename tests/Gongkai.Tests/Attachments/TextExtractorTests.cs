using Gongkai.Attachments;

namespace Gongkai.Tests.Attachments;

public sealed class TextExtractorTests
{
    private static readonly string[] Paragraphs = ["方正县农村危房改造补助资金分配表说明。", "补助对象：身份证号230124198001011234。", "本件机密。"];

    [Fact]
    public void Pdf_text_comes_back_in_chinese()
    {
        var text = TextExtractor.Extract(FileType.Pdf, SimpleDocuments.Pdf("危房改造补助", Paragraphs));
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("危房改造补助", flat);
        Assert.Contains("230124198001011234", flat);
        Assert.Contains("本件机密。", flat);
    }

    [Fact]
    public void Docx_text_comes_back_paragraph_by_paragraph()
    {
        var text = TextExtractor.Extract(FileType.Docx, SimpleDocuments.Docx("危房改造补助", Paragraphs));
        Assert.Equal(["危房改造补助", .. Paragraphs], text.Split('\n'));
    }

    [Fact]
    public void Xlsx_text_includes_shared_strings()
    {
        var text = TextExtractor.Extract(FileType.Xlsx, SampleFiles.Xlsx("张三", "低保户"));
        Assert.Contains("内容", text);
        Assert.Contains("张三", text);
        Assert.Contains("低保户", text);
    }

    [Fact]
    public void Images_have_no_text() => Assert.Equal("", TextExtractor.Extract(FileType.Png, SampleFiles.Png));

    [Fact]
    public void Extracted_text_feeds_the_confidentiality_scan()
    {
        var text = TextExtractor.Extract(FileType.Docx, SimpleDocuments.Docx("名单", Paragraphs));
        var kinds = Gongkai.Publishing.ConfidentialityScanner.Scan("attachment:1", text).Select(f => f.Kind).ToList();
        Assert.Equal(["residentId", "classificationMark"], kinds);
    }
}
