using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.IntegrationTests.Infrastructure;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

public sealed class ReplyLetterTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_reply_letter_states_the_decision_its_basis_and_the_remedies()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.3.4" });
        var response = await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.StartsWith("政府信息公开申请答复告知书", text);
        Assert.Contains(filed.Number, text);
        Assert.Contains("第十五条", text);
        Assert.Contains("60日内", text);
        Assert.Contains("6个月内", text);
        Assert.Contains("2024年9月27日", text);
        Assert.Contains("2024年10月8日", text);
        var fonts = body.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).ToHashSet();
        Assert.Contains("仿宋_GB2312", fonts);
        Assert.Contains("方正小标宋简体", fonts);
    }

    [Fact]
    public async Task The_pdf_letter_reads_back_with_the_same_text()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.4.1" });
        var response = await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = Squeeze(await PdfText.ExtractAsync(bytes));
        Assert.StartsWith("政府信息公开申请答复告知书", text);
        Assert.Contains(filed.Number, text);
        Assert.Contains("本机关于2024年9月27日收到您（单位）提出的政府信息公开申请", text);
        Assert.Contains("告知您该政府信息不存在", text);
        Assert.Contains(Squeeze(Gongkai.Requests.ReplyLetterText.Remedies), text);
        Assert.Contains("方正县人民政府", text);
        Assert.Contains("2024年10月8日", text);
    }

    [Theory]
    [InlineData("odt")]
    [InlineData("PDFX")]
    public async Task An_unknown_letter_format_is_a_Chinese_validation_problem(string format)
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.1" });
        var message = await HttpAssert.ValidationErrorAsync(await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format={format}"), "format");
        Assert.Equal("答复告知书格式只能是 docx 或 pdf", message);
    }

    /// <summary>pdftotext breaks lines where the PDF wraps them: compare without whitespace.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task No_letter_before_the_reply()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        await HttpAssert.ProblemAsync(await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format=docx"), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format=pdf"), HttpStatusCode.Conflict);
    }
}
