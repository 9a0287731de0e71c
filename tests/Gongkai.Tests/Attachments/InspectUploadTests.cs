using Gongkai.Attachments;
using Gongkai.Infrastructure;

namespace Gongkai.Tests.Attachments;

public sealed class InspectUploadTests
{
    private const long Limit = 1024 * 1024;

    [Fact]
    public void A_pdf_named_pdf_passes_with_its_text_and_hash()
    {
        var bytes = SimpleDocuments.Pdf("关于防汛工作的通知", ["各乡镇：请做好防汛准备。"]);
        var file = InspectUpload.Run("C:\\文件\\防汛通知.pdf", bytes, Limit);
        Assert.Equal("防汛通知.pdf", file.FileName);
        Assert.Equal(FileType.Pdf, file.Type);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Contains("防汛准备", file.Text);
    }

    [Theory]
    [InlineData("setup.pdf", "exe")]
    [InlineData("报告.docx", "pdf")]
    [InlineData("图片.png", "jpeg")]
    [InlineData("无扩展名", "pdf")]
    public void A_type_that_is_not_accepted_or_does_not_match_the_name_is_refused(string name, string content)
    {
        var bytes = content switch
        {
            "exe" => SampleFiles.Exe,
            "pdf" => SimpleDocuments.Pdf("标题", ["正文"]),
            _ => SampleFiles.Jpeg,
        };
        Assert.Throws<UnsupportedFileTypeException>(() => InspectUpload.Run(name, bytes, Limit));
    }

    [Fact]
    public void Too_large_is_refused_with_the_limit_in_the_message()
    {
        var e = Assert.Throws<FileTooLargeException>(() => InspectUpload.Run("a.png", [.. SampleFiles.Png, .. new byte[2048]], 1024));
        Assert.Contains("1 KB", e.Message);
    }

    [Fact]
    public void An_unreadable_file_with_a_good_header_is_refused_since_it_cannot_be_scanned() =>
        Assert.Contains("无法读取", Assert.Throws<ValidationException>(() => InspectUpload.Run("坏.pdf", SampleFiles.BrokenPdf, Limit)).Message);

    [Theory]
    [InlineData("", null)]
    [InlineData("../..", null)]
    [InlineData("/etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a\u0000b\r\n.pdf", "ab.pdf")]
    public void Names_are_cleaned(string name, string? expected)
    {
        if (expected is null)
        {
            Assert.Throws<ValidationException>(() => InspectUpload.CleanName(name));
        }
        else
        {
            Assert.Equal(expected, InspectUpload.CleanName(name));
        }
    }

    [Fact]
    public void Default_limit_is_twenty_megabytes() => Assert.Equal(20 * 1024 * 1024, new AttachmentOptions().MaxBytes);
}
