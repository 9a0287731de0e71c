using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using static Gongkai.IntegrationTests.Requests.RequestClient;
using static Gongkai.IntegrationTests.Supervision.SupervisionSteps;

namespace Gongkai.IntegrationTests.Reports;

/// <summary>Drill-down from the report's cells, decisions counted from records, the fees section, and the seed's 2014 figures.</summary>
public sealed partial class ReportRecordsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_demo_reproduces_the_seed_2014_figures_with_a_fees_section()
    {
        var staff = await app.LoginAsync("editor");
        var report = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync("/api/v1/reports/annual?year=2014&template=2008&scope=tree&unit=230124&format=json"));
        Assert.Equal("""{"total":4395,"byChannel":{"website":972,"govAffairsSite":349,"serviceHall":1072,"other":2002}}""", Compact(report.GetProperty("proactive")));
        Assert.Equal("""{"received":1,"accepted":1,"answered":1}""", Compact(report.GetProperty("requests")));
        Assert.Equal("""{"review":0,"litigation":0}""", Compact(report.GetProperty("appeals")));
        Assert.Equal(["template", "year", "unit", "scope", "proactive", "requests", "appeals"], report.EnumerateObject().Select(p => p.Name));
        var html = await (await staff.GetAsync("/api/v1/reports/annual?year=2014&template=2008&scope=tree&unit=230124&format=html")).Content.ReadAsStringAsync();
        Assert.Contains("<h2>四、政府信息公开的收费及减免情况</h2>\n<p>全年未向申请人收取政府信息公开相关费用，也没有减免收费的情况。</p>", html);
        Assert.Contains("全年主动公开各类政务信息4395条", html);
    }

    [Fact]
    public async Task The_fees_section_counts_notices_payments_and_non_payment_from_the_fee_records()
    {
        await AddUnitAsync(app, "230124-961", "方正县收费测试局");
        var officer = await app.LoginAsync("officer");
        var paid = await FileAsync(officer, "2024-08-26", unit: "230124-961");
        await ActAsync(officer, paid.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, paid.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 }); // 4700元
        await ActAsync(officer, paid.Number, new { type = "feePaid", at = "2024-09-10" });
        await ActAsync(officer, paid.Number, new { type = "reply", at = "2024-09-20", outcome = "3.1" });
        var withdrawn = await FileAsync(officer, "2024-08-26", unit: "230124-961");
        await ActAsync(officer, withdrawn.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, withdrawn.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 45 }); // 150元
        await ActAsync(officer, withdrawn.Number, new { type = "withdraw", at = "2024-09-05" }); // neither collected nor waived
        var dropped = await FileAsync(officer, "2024-08-26", unit: "230124-961");
        await ActAsync(officer, dropped.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, dropped.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perRequest", quantity = 12 }); // 100元
        await ActAsync(officer, dropped.Number, new { type = "reply", at = "2024-10-08", outcome = "3.6.2" });

        const string expected = "全年向申请人发出收费通知3件，金额4950元；实际收取1件，共4700元；减免0件，共0元；申请人逾期未缴费、不再处理的1件。";
        var of2008 = await (await officer.GetAsync("/api/v1/reports/annual?year=2024&template=2008&unit=230124-961&format=html")).Content.ReadAsStringAsync();
        Assert.Contains($"<h2>四、政府信息公开的收费及减免情况</h2>\n<p>{expected}</p>", of2008);
        var of2021 = await (await officer.GetAsync("/api/v1/reports/annual?year=2024&unit=230124-961&format=html")).Content.ReadAsStringAsync();
        Assert.Contains($"<h2>六、其他需要报告的事项</h2>\n<p>{expected}无其他需要报告的事项。</p>", of2021);
        var json = await HttpAssert.OkAsync<JsonElement>(await officer.GetAsync("/api/v1/reports/annual?year=2024&template=2008&unit=230124-961&format=json"));
        Assert.False(json.TryGetProperty("fees", out _)); // the contract JSON stays as it is
    }

    [Fact]
    public async Task Licensing_is_counted_from_published_decisions_until_figures_are_entered()
    {
        await AddUnitAsync(app, "230124-962", "方正县许可测试局");
        var steps = await ItemSteps.LoginAsync(app);
        foreach (var (title, kind) in new[] { ("准予行政许可决定书（一）", "licensingDecision"), ("准予行政许可决定书（二）", "licensingDecision"), ("行政处罚决定书", "punishmentDecision") })
        {
            var id = await steps.ApprovedAsync(new { unit = "230124-962", title, body = "决定内容。", formedOn = "2024-09-02", kind, catalogNode = "art20-05", channels = new[] { "website" } });
            await steps.OkStepAsync(steps.Editor, id, "publish");
        }
        var proactive = await ProactiveAsync(steps.Editor, "230124-962");
        Assert.Equal((2, 1, 0), (proactive.GetProperty("licensing").GetInt32(), proactive.GetProperty("punishment").GetInt32(), proactive.GetProperty("enforcement").GetInt32()));

        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var (value, titles) = await DrillAsync(admin, "230124-962", 2024, "self", "decisions:licensing");
        Assert.Equal(2, value);
        Assert.Equal(["准予行政许可决定书（一）", "准予行政许可决定书（二）"], titles.Order());

        await HttpAssert.OkAsync<JsonElement>(await steps.Editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-962/2024", new { licensing = 9, punishment = 0, enforcement = 0, feesWan = 0 }));
        proactive = await ProactiveAsync(steps.Editor, "230124-962");
        Assert.Equal((9, 0, 0), (proactive.GetProperty("licensing").GetInt32(), proactive.GetProperty("punishment").GetInt32(), proactive.GetProperty("enforcement").GetInt32()));
        var page = await (await admin.Client.GetAsync("/admin/reports/records?unit=230124-962&year=2024&cell=decisions%3Alicensing")).Content.ReadAsStringAsync();
        Assert.Contains("以填报数为准", page);
        Assert.Contains("<td>230124-962</td><td>9</td>", page);
    }

    [Theory]
    [InlineData("requests:1:6")]
    [InlineData("requests:1:0")]
    [InlineData("requests:2:6")]
    [InlineData("requests:3.1:6")]
    [InlineData("requests:3.2:0")]
    [InlineData("requests:3.7:6")]
    [InlineData("requests:4:6")]
    [InlineData("appeals:review:total")]
    [InlineData("appeals:litigationDirect:total")]
    [InlineData("documents:normativeDocument:issued")]
    [InlineData("documents:normativeDocument:inForce")]
    [InlineData("documents:normativeDocument:repealed")]
    public async Task A_cell_of_the_county_report_lists_as_many_records_as_its_figure(string cell)
    {
        var staff = await app.LoginAsync("editor");
        var report = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&scope=tree&format=json"));
        var parts = cell.Split(':');
        var expected = parts[0] switch
        {
            "requests" => report.GetProperty("requests").GetProperty("rows").GetProperty(parts[1])[int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)].GetInt32(),
            "appeals" => report.GetProperty("appeals").GetProperty(parts[1]).GetProperty(parts[2]).GetInt32(),
            _ => report.GetProperty("proactive").GetProperty("normativeDocuments").GetProperty(parts[2]).GetInt32(),
        };
        var browser = await CookieBrowser.LoginAsync(app, "editor");
        var (value, records) = await DrillAsync(browser, "230124", 2023, "tree", cell);
        Assert.Equal(expected, value);
        Assert.Equal(expected, records.Count);
    }

    [Fact]
    public async Task The_report_page_links_its_figures_and_the_drill_down_is_scoped_to_the_unit()
    {
        var browser = await CookieBrowser.LoginAsync(app, "editor-fgj");
        var page = await (await browser.Client.GetAsync("/admin/reports?unit=230124-002&year=2023")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/admin/reports/records?unit=230124-002&amp;year=2023&amp;scope=self&amp;template=2021&amp;cell=requests%3A3.7%3A6\"", page);
        var own = await browser.Client.GetAsync("/admin/reports/records?unit=230124-002&year=2023&cell=requests%3A1%3A6");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var other = await browser.Client.GetAsync("/admin/reports/records?unit=230124&year=2023&scope=tree&cell=requests%3A1%3A6");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var bad = await browser.Client.GetAsync("/admin/reports/records?unit=230124-002&year=2023&cell=requests%3A9%3A1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task<JsonElement> ProactiveAsync(HttpClient staff, string unit) =>
        (await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync($"/api/v1/reports/annual?year=2024&unit={unit}&format=json"))).GetProperty("proactive");

    private static async Task<(int Value, List<string> Records)> DrillAsync(CookieBrowser browser, string unit, int year, string scope, string cell)
    {
        var response = await browser.Client.GetAsync($"/admin/reports/records?unit={unit}&year={year}&scope={scope}&cell={Uri.EscapeDataString(cell)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var value = int.Parse(ValuePattern().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var list = ListPattern().Match(page);
        var records = list.Success ? RecordPattern().Matches(list.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList() : [];
        return (value, records);
    }

    private static string Compact(JsonElement e) => JsonSerializer.Serialize(e);

    [GeneratedRegex("<strong data-cell-value>(\\d+)</strong>")]
    private static partial Regex ValuePattern();

    [GeneratedRegex("<ol class=\"drill-records\">[\\s\\S]*?</ol>")]
    private static partial Regex ListPattern();

    [GeneratedRegex("<li><a href=\"[^\"]*\">([^<]*)</a>")]
    private static partial Regex RecordPattern();
}
