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
    public async Task No_letter_before_the_reply()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        await HttpAssert.ProblemAsync(await officer.GetAsync($"/api/v1/requests/{filed.Number}/letter?format=docx"), HttpStatusCode.Conflict);
    }
}
