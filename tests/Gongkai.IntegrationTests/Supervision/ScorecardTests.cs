using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Supervision.SupervisionSteps;

namespace Gongkai.IntegrationTests.Supervision;

public sealed class ScorecardTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_supervisor_configures_a_scheme_and_the_ranking_follows_the_records()
    {
        await AddUnitAsync(app, "230124-951", "方正县考核甲局");
        await AddUnitAsync(app, "230124-952", "方正县考核乙局");
        var supervisor = await app.LoginAsync("supervisor");
        await ConfigureAsync(supervisor);
        var scheme = await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync("/api/v1/supervision/schemes/2024"));
        Assert.Equal("及时公开率", scheme.GetProperty("rules")[0].GetProperty("name").GetString());

        var before = await ScoresAsync(supervisor);
        Assert.Equal(100m, UnitOf(before, "230124-951").GetProperty("total").GetDecimal());
        Assert.Equal(UnitOf(before, "230124-951").GetProperty("rank").GetInt32(), UnitOf(before, "230124-952").GetProperty("rank").GetInt32());

        // 甲 publishes on time; 乙 publishes an item formed 2024-08-01 (due 2024-08-29) on 2024-10-08: late.
        var steps = await ItemSteps.LoginAsync(app);
        await PublishAsync(steps, "230124-951", "方正县考核甲局2024年工作安排", "2024-09-30");
        var late = await PublishAsync(steps, "230124-952", "方正县考核乙局2024年度部门预算说明", "2024-08-01");

        var after = await ScoresAsync(supervisor);
        var a = UnitOf(after, "230124-951");
        var b = UnitOf(after, "230124-952");
        Assert.Equal(100m, a.GetProperty("total").GetDecimal());
        Assert.Equal(50m, b.GetProperty("total").GetDecimal());
        Assert.True(b.GetProperty("rank").GetInt32() > a.GetProperty("rank").GetInt32());
        var ranks = after.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);

        // Traceable: the 50 points lost lead to the late item.
        var part = b.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("indicator").GetString() == "timelyRate");
        Assert.Equal(0m, part.GetProperty("points").GetDecimal());
        Assert.Equal(late.ToString(), part.GetProperty("records").EnumerateArray().Single().GetProperty("id").GetString());

        var indicators = await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync("/api/v1/supervision/indicators?period=2024-Q4&unit=230124-952"));
        var timely = indicators[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "timelyRate");
        Assert.Contains("20个工作日", timely.GetProperty("definition").GetString());
        Assert.Equal(0m, timely.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_scheme_whose_weights_do_not_add_up_or_from_a_non_supervisor_is_refused()
    {
        var supervisor = await app.LoginAsync("supervisor");
        var bad = await supervisor.PutAsJsonAsync("/api/v1/supervision/schemes/2023", new { rules = new[] { new { indicator = "timelyRate", weight = 60 } } });
        Assert.Contains("合计应为100分", await HttpAssert.ValidationErrorAsync(bad, "rules"));
        var count = await supervisor.PutAsJsonAsync("/api/v1/supervision/schemes/2023", new { rules = new[] { new { indicator = "proactivePublished", weight = 100 } } });
        await HttpAssert.ValidationErrorAsync(count, "rules[0].indicator");
        var editor = await app.LoginAsync("editor");
        await HttpAssert.ProblemAsync(await editor.PutAsJsonAsync("/api/v1/supervision/schemes/2023", Scheme), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await supervisor.GetAsync("/api/v1/supervision/scores/2021"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_adjustment_without_a_reason_is_refused_and_one_with_a_reason_counts_and_is_audited()
    {
        await AddUnitAsync(app, "230124-953", "方正县考核丙局");
        var supervisor = await app.LoginAsync("supervisor");
        await ConfigureAsync(supervisor);

        var refused = await supervisor.PostAsJsonAsync("/api/v1/supervision/scores/2024/230124-953/adjustments", new { points = -3, reason = " " });
        Assert.Equal("调整理由不能为空", await HttpAssert.ValidationErrorAsync(refused, "reason"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ScoreAdjustments.CountAsync()));

        var created = await supervisor.PostAsJsonAsync("/api/v1/supervision/scores/2024/230124-953/adjustments",
            new { points = -3, reason = "政务公开专栏长期未更新，经实地检查扣分" });
        await HttpAssert.OkAsync<JsonElement>(created, HttpStatusCode.Created);
        var unit = UnitOf(await ScoresAsync(supervisor), "230124-953");
        Assert.Equal((100m, -3m, 97m), (unit.GetProperty("computed").GetDecimal(), unit.GetProperty("adjustment").GetDecimal(), unit.GetProperty("total").GetDecimal()));
        Assert.Equal("政务公开专栏长期未更新，经实地检查扣分", unit.GetProperty("adjustments")[0].GetProperty("reason").GetString());

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "adjustScore").Select(e => new { e.Actor, e.EntityId, e.Changes }).SingleAsync());
        Assert.Equal("2024/230124-953", audit.EntityId);
        Assert.Contains("supervisor", audit.Actor);
        Assert.Contains("经实地检查扣分", audit.Changes);
    }

    [Fact]
    public async Task A_circular_is_drafted_edited_issued_and_downloaded_as_a_valid_docx_and_rectification_is_tracked()
    {
        await AddUnitAsync(app, "230124-954", "方正县考核丁局");
        var supervisor = await app.LoginAsync("supervisor");
        await ConfigureAsync(supervisor);
        var draft = await HttpAssert.OkAsync<JsonElement>(await supervisor.PostAsJsonAsync("/api/v1/supervision/circulars", new { period = "2024" }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt32();
        Assert.Contains("【一、考核排名】", draft.GetProperty("text").GetString());
        Assert.Contains("方正县考核丁局", draft.GetProperty("text").GetString());

        var text = draft.GetProperty("text").GetString() + "\n经县政府同意，现予通报。";
        await HttpAssert.OkAsync<JsonElement>(await supervisor.PutAsJsonAsync($"/api/v1/supervision/circulars/{id}", new { title = draft.GetProperty("title").GetString(), text }));
        await HttpAssert.OkAsync<JsonElement>(await supervisor.PostAsync($"/api/v1/supervision/circulars/{id}/issue", null));
        await HttpAssert.ProblemAsync(await supervisor.PutAsJsonAsync($"/api/v1/supervision/circulars/{id}", new { text = "改" }), HttpStatusCode.Conflict);

        var docx = await supervisor.GetAsync($"/api/v1/supervision/circulars/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("经县政府同意，现予通报。", body.InnerText);
        Assert.Contains("考核排名", body.InnerText);
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>(), f => f.EastAsia == "仿宋_GB2312");

        Assert.Equal($"/api/v1/supervision/circulars/{id}/pdf", draft.GetProperty("pdf").GetString());
        var pdf = await supervisor.GetAsync($"/api/v1/supervision/circulars/{id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var pdfText = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("考核排名", pdfText);
        Assert.Contains("方正县考核丁局", pdfText);
        Assert.Matches(@"第1名\s*\S+", pdfText);
        Assert.Contains("经县政府同意，现予通报。", pdfText);

        var missingDue = await supervisor.PostAsJsonAsync("/api/v1/supervision/rectifications", new { unit = "230124-954", circularId = id, problem = "专栏未更新" });
        await HttpAssert.ValidationErrorAsync(missingDue, "dueOn");
        var task = await HttpAssert.OkAsync<JsonElement>(await supervisor.PostAsJsonAsync("/api/v1/supervision/rectifications",
            new { unit = "230124-954", circularId = id, problem = "政务公开专栏未按季度更新", dueOn = "2024-10-20" }), HttpStatusCode.Created);
        var taskId = task.GetProperty("id").GetInt32();
        // Two weeks later (tokens are re-issued: the old one has expired). Other tests of this class do not depend on the day.
        app.Clock.Advance(TimeSpan.FromDays(14));
        supervisor = await app.LoginAsync("supervisor");
        var open = (await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync("/api/v1/supervision/rectifications"))).EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == taskId);
        Assert.True(open.GetProperty("overdue").GetBoolean());
        await HttpAssert.ValidationErrorAsync(await supervisor.PostAsJsonAsync($"/api/v1/supervision/rectifications/{taskId}/close", new { note = "" }), "note");
        var closed = await HttpAssert.OkAsync<JsonElement>(await supervisor.PostAsJsonAsync($"/api/v1/supervision/rectifications/{taskId}/close", new { note = "已补发第三季度信息" }));
        Assert.Equal(("closed", false), (closed.GetProperty("status").GetString(), closed.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task The_county_annual_report_includes_the_assessment_results()
    {
        var supervisor = await app.LoginAsync("supervisor");
        await ConfigureAsync(supervisor);
        var html = await (await supervisor.GetAsync("/api/v1/reports/annual?year=2024&unit=230124&format=html")).Content.ReadAsStringAsync();
        Assert.Contains("按照《2024年度政府信息公开工作考核方案》", html);
        Assert.DoesNotContain("{assessment.", html);
        var department = await (await supervisor.GetAsync("/api/v1/reports/annual?year=2024&unit=230124-002&format=html")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("考核方案", department);
        Assert.DoesNotContain("{assessment.", department);
    }

    [Fact]
    public async Task The_due_date_bars_open_the_request_list_of_exactly_their_requests()
    {
        var supervisor = await CookieBrowser.LoginAsync(app, "supervisor");
        var board = await supervisor.Client.GetStringAsync("/admin/supervision?year=2024");
        var total = 0;
        foreach (var (label, due) in new[] { ("5个工作日内到期", "soon"), ("其后到期", "later") })
        {
            var bar = System.Text.RegularExpressions.Regex.Match(board,
                "<a href=\"([^\"]+)\"><rect class=\"bar\"[^>]*><title>" + label + "：(\\d+)[^<]*</title>");
            Assert.True(bar.Success, $"no linked bar {label}");
            var href = System.Net.WebUtility.HtmlDecode(bar.Groups[1].Value);
            Assert.Equal($"/admin/requests?due={due}", href);
            var count = int.Parse(bar.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var list = await supervisor.Client.GetStringAsync(href);
            var rows = System.Text.RegularExpressions.Regex.Count(list, "<td><a href=\"/admin/requests/");
            Assert.Equal(count, rows);
            total += count;
        }
        // How many fall in the windows depends on the shared clock (another test advances it); the pure
        // DashboardLinkTests cover a non-empty window, this checks the page wiring and that the filter narrows.
        var all = System.Text.RegularExpressions.Regex.Count(await supervisor.Client.GetStringAsync("/admin/requests"), "<td><a href=\"/admin/requests/");
        Assert.True(all > total, $"the due filters must narrow the list ({all} rows, {total} in the windows)");
    }
}
