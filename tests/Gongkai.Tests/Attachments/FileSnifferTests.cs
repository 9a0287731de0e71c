using Gongkai.Attachments;

namespace Gongkai.Tests.Attachments;

public sealed class FileSnifferTests
{
    public static TheoryData<string, byte[], string?> Files => new()
    {
        { "pdf", SimpleDocuments.Pdf("测试", ["正文"]), "application/pdf" },
        { "docx", SimpleDocuments.Docx("测试", ["正文"]), FileType.Docx.ContentType },
        { "xlsx", SampleFiles.Xlsx("甲", "乙"), FileType.Xlsx.ContentType },
        { "png", SampleFiles.Png, "image/png" },
        { "jpeg", SampleFiles.Jpeg, "image/jpeg" },
        { "gif", SampleFiles.Gif, "image/gif" },
        { "exe", SampleFiles.Exe, null },
        { "text", SampleFiles.Text, null },
        { "empty", [], null },
        { "plain zip", SampleFiles.Zip(("readme.txt", "hello")), null },
        { "zip declaring word without the part", SampleFiles.Zip(("[Content_Types].xml", SampleFiles.WordTypes)), null },
        { "zip with word part and types", SampleFiles.Zip(("[Content_Types].xml", SampleFiles.WordTypes), ("word/document.xml", "<w/>")), FileType.Docx.ContentType },
        { "zip with broken types", SampleFiles.Zip(("[Content_Types].xml", "<Types"), ("word/document.xml", "<w/>")), null },
        { "truncated zip", [(byte)'P', (byte)'K', 3, 4, 0, 0], null },
        { "pdf magic not at start", [.. " %PDF-1.4"u8], null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Detects_the_type_from_the_content(string what, byte[] content, string? expected) =>
        Assert.True(expected == FileSniffer.Sniff(content)?.ContentType, what);

    [Theory]
    [InlineData("通知.PDF", ".pdf")]
    [InlineData("a.b.docx", ".docx")]
    [InlineData("无扩展名", "")]
    public void Extension_is_lower_case_with_the_dot(string name, string extension) =>
        Assert.Equal(extension, FileSniffer.Extension(name));
}
