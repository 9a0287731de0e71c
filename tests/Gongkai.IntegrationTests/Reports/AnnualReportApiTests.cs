using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reports;

public sealed class AnnualReportApiTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_json_has_the_contract_shape_for_2021()
    {
        var staff = await app.LoginAsync("editor");
        var response = await staff.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&format=json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = await HttpAssert.OkAsync<JsonElement>(response);
        Assert.Equal(["template", "year", "unit", "scope", "proactive", "requests", "appeals", "checks"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2021", 2023, "230124", "self"), (report.GetProperty("template").GetString(), report.GetProperty("year").GetInt32(),
            report.GetProperty("unit").GetString(), report.GetProperty("scope").GetString()));
        var rows = report.GetProperty("requests").GetProperty("rows");
        Assert.Equal(25, rows.EnumerateObject().Count());
        Assert.All(rows.EnumerateObject(), r => Assert.Equal(7, r.Value.GetArrayLength()));
        Assert.Equal(["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"],
            report.GetProperty("requests").GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["upheld", "corrected", "other", "pending", "total"],
            report.GetProperty("appeals").GetProperty("litigationAfterReview").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["issued", "repealed", "inForce"], report.GetProperty("proactive").GetProperty("normativeDocuments").EnumerateObject().Select(p => p.Name));
        Assert.Contains(report.GetProperty("checks").EnumerateArray(), c => c.GetProperty("rule").GetString() == "1+2=3.7+4" && c.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task The_default_template_follows_the_year_and_the_default_unit_is_the_county()
    {
        var staff = await app.LoginAsync("editor");
        var y2020 = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync("/api/v1/reports/annual?year=2020"));
        Assert.Equal(("2019", "230124"), (y2020.GetProperty("template").GetString(), y2020.GetProperty("unit").GetString()));
        Assert.True(y2020.GetProperty("requests").GetProperty("rows").TryGetProperty("3.6", out _));
        var y2014 = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync("/api/v1/reports/annual?year=2014&scope=tree"));
        Assert.Equal(["template", "year", "unit", "scope", "proactive", "requests", "appeals"], y2014.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["website", "govAffairsSite", "serviceHall", "other"],
            y2014.GetProperty("proactive").GetProperty("byChannel").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("year=2023&format=doc", "format")]
    [InlineData("year=2023&scope=all", "scope")]
    [InlineData("year=2023&template=2010", "template")]
    [InlineData("year=2001", "year")]
    [InlineData("format=json", "year")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var staff = await app.LoginAsync("editor");
        await HttpAssert.ValidationErrorAsync(await staff.GetAsync("/api/v1/reports/annual?" + query), field);
    }

    [Fact]
    public async Task Drafts_are_for_staff_of_the_unit_and_the_public_sees_only_published_reports()
    {
        await HttpAssert.ProblemAsync(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2022&unit=230124-005"), HttpStatusCode.NotFound);
        var other = await app.LoginAsync("editor-fgj");
        await HttpAssert.ProblemAsync(await other.GetAsync("/api/v1/reports/annual?year=2022&unit=230124-005"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_docx_download_passes_the_validator()
    {
        var staff = await app.LoginAsync("editor");
        var response = await staff.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Contains("方正县2023年政府信息公开工作年度报告", doc.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task The_pdf_download_extracts_to_text_with_the_table_labels()
    {
        var staff = await app.LoginAsync("editor");
        await staff.PutAsJsonAsync("/api/v1/statistics/proactive/230124/2023", new { licensing = 4321, punishment = 0, enforcement = 0, feesWan = 0 });
        var response = await staff.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&format=pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(app.DataDirectory, "report.pdf");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Contains("收到和处理政府信息公开申请情况", text);
        Assert.Contains("结转下年度继续办理", text);
        Assert.Contains("4321", text);
    }

    [Fact]
    public async Task The_xlsx_and_html_downloads_have_their_content_types()
    {
        var staff = await app.LoginAsync("editor");
        var xlsx = await staff.GetAsync("/api/v1/reports/annual?year=2023&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        var html = await staff.GetAsync("/api/v1/reports/annual?year=2023&format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h2>六、其他需要报告的事项</h2>", await html.Content.ReadAsStringAsync());
    }
}
