using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports;

public sealed class PublishAnnualReportTests(TestApp app) : IClassFixture<TestApp>
{
    private static object Figures(int licensing) => new { licensing, punishment = 1, enforcement = 0, feesWan = 2.5m };

    [Fact]
    public async Task A_published_report_is_frozen_and_a_correction_is_a_second_edition_with_a_note()
    {
        var editor = await app.LoginAsync("editor");
        var approver = await app.LoginAsync("approver");
        await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-006/2023", Figures(11));

        var published = await HttpAssert.OkAsync<JsonElement>(
            await approver.PostAsJsonAsync("/api/v1/reports/annual/230124-006/2023/publish", new { }), HttpStatusCode.Created);
        Assert.Equal(1, published.GetProperty("edition").GetInt32());

        await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-006/2023", Figures(99));
        var frozen = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2023&unit=230124-006"));
        Assert.Equal(11, frozen.GetProperty("proactive").GetProperty("licensing").GetInt32());
        var draft = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124-006"));
        Assert.Equal(99, draft.GetProperty("proactive").GetProperty("licensing").GetInt32());

        await HttpAssert.ValidationErrorAsync(await approver.PostAsJsonAsync("/api/v1/reports/annual/230124-006/2023/publish", new { }), "note");
        var second = await HttpAssert.OkAsync<JsonElement>(await approver.PostAsJsonAsync(
            "/api/v1/reports/annual/230124-006/2023/publish", new { note = "更正行政许可数量" }), HttpStatusCode.Created);
        Assert.Equal(2, second.GetProperty("edition").GetInt32());
        var latest = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2023&unit=230124-006"));
        Assert.Equal(99, latest.GetProperty("proactive").GetProperty("licensing").GetInt32());
        var first = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2023&unit=230124-006&edition=1"));
        Assert.Equal(11, first.GetProperty("proactive").GetProperty("licensing").GetInt32());

        var listPage = await app.Anonymous().GetAsync("/xxgk/reports");
        Assert.True(listPage.StatusCode == HttpStatusCode.OK, $"list {listPage.StatusCode} {listPage.Headers.Location}");
        var page = await app.Anonymous().GetAsync("/xxgk/reports/230124-006/2023");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("更正行政许可数量", html);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", html);
        var list = WebUtility.HtmlDecode(await (await app.Anonymous().GetAsync("/xxgk/reports")).Content.ReadAsStringAsync());
        Assert.Contains("方正县人力资源和社会保障局", list);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "publish" && e.EntityId == "230124-006/2023/2")));
    }

    [Fact]
    public async Task Only_approvers_and_unit_administrators_publish()
    {
        var editor = await app.LoginAsync("editor");
        await HttpAssert.ProblemAsync(await editor.PostAsJsonAsync("/api/v1/reports/annual/230124-007/2023/publish", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_narrative_draft_is_stored_and_its_placeholders_filled_but_unknown_ones_refused()
    {
        var editor = await app.LoginAsync("editor");
        var ok = await editor.PutAsJsonAsync("/api/v1/reports/annual/230124-008/2023/narrative/5",
            new { text = "本年度作出行政许可决定{licensing}件。" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-008/2023", Figures(8));
        var html = await (await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124-008&format=html")).Content.ReadAsStringAsync();
        Assert.Contains("本年度作出行政许可决定8件。", html);
        await HttpAssert.ValidationErrorAsync(await editor.PutAsJsonAsync("/api/v1/reports/annual/230124-008/2023/narrative/5",
            new { text = "许可{licencing}件" }), "text");
    }
}

public sealed class DemoReportsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_demo_publishes_the_county_reports_of_the_finished_2021_format_years()
    {
        var list = await HttpAssert.OkAsync<List<JsonElement>>(await app.Anonymous().GetAsync("/api/v1/reports/annual/published?unit=230124"));
        Assert.Equal([2023, 2022, 2021], list.Select(r => r.GetProperty("year").GetInt32()));
        var report = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2023&unit=230124"));
        Assert.Equal(("2021", "tree"), (report.GetProperty("template").GetString(), report.GetProperty("scope").GetString()));
        Assert.Equal(2006, report.GetProperty("proactive").GetProperty("licensing").GetInt32());
    }
}
