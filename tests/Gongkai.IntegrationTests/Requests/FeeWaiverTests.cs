using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using static Gongkai.IntegrationTests.Requests.RequestClient;
using static Gongkai.IntegrationTests.Supervision.SupervisionSteps;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>减免信息处理费 over HTTP: the feeWaived step, its effect on the clock and on the report's fees section.</summary>
public sealed class FeeWaiverTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_waiver_resumes_the_clock_and_the_report_counts_the_reduction()
    {
        await AddUnitAsync(app, "230124-971", "方正县减免测试局");
        var officer = await app.LoginAsync("officer");
        var full = await FileAsync(officer, "2024-08-26", unit: "230124-971");
        await ActAsync(officer, full.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, full.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 }); // 4700元
        var waived = await ActAsync(officer, full.Number, new { type = "feeWaived", at = "2024-09-10", note = "申请人确有经济困难" });
        Assert.Equal("accepted", waived.GetProperty("status").GetString());
        Assert.Equal("2024-10-08", waived.Due()); // as if paid on 09-10: six working days paused
        var step = waived.GetProperty("timeline")[2];
        Assert.Equal(470000, step.GetProperty("feeFen").GetInt64());
        Assert.Equal("申请人确有经济困难", step.GetProperty("note").GetString());
        await ActAsync(officer, full.Number, new { type = "reply", at = "2024-09-20", outcome = "3.1" });

        var partial = await FileAsync(officer, "2024-08-26", unit: "230124-971");
        await ActAsync(officer, partial.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, partial.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 });
        var reduced = await ActAsync(officer, partial.Number, new { type = "feeWaived", at = "2024-09-05", amountFen = 70000, note = "减免部分复制费" });
        Assert.Equal("awaitingFee", reduced.GetProperty("status").GetString()); // 4000元 still to pay
        await ActAsync(officer, partial.Number, new { type = "feePaid", at = "2024-09-10" });
        await ActAsync(officer, partial.Number, new { type = "reply", at = "2024-09-20", outcome = "3.1" });

        var audited = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.Action == "feeWaived" && e.EntityId == full.Number)));
        Assert.Equal(1, audited);
        const string expected = "全年向申请人发出收费通知2件，金额9400元；实际收取1件，共4000元；减免2件，共5400元。";
        var html = await (await officer.GetAsync("/api/v1/reports/annual?year=2024&template=2008&unit=230124-971&format=html")).Content.ReadAsStringAsync();
        Assert.Contains($"<h2>四、政府信息公开的收费及减免情况</h2>\n<p>{expected}</p>", html);
    }

    [Fact]
    public async Task A_waiver_out_of_order_is_a_409_in_chinese_and_changes_nothing()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-08-26");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        var before = await officer.GetAsync($"/api/v1/requests/{filed.Number}");
        var beforeBody = await before.Content.ReadAsStringAsync();

        var refused = await officer.PostAsJsonAsync($"/api/v1/requests/{filed.Number}/actions",
            new { type = "feeWaived", at = "2024-09-10", note = "误操作" });
        var problem = await HttpAssert.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("收费通知", problem.GetProperty("detail").GetString());

        var after = await officer.GetAsync($"/api/v1/requests/{filed.Number}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(beforeBody, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_request_page_records_a_partial_waiver_in_yuan()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-08-26");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, filed.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 }); // 4700元
        var browser = await CookieBrowser.LoginAsync(app, "officer");
        var url = $"/admin/requests/{filed.Number}";
        var posted = await browser.PostFormAsync(url, new()
        {
            ["Step.Type"] = "feeWaived", ["Step.At"] = "2024-09-05", ["Step.WaivedYuan"] = "700.50", ["Step.Note"] = "部分减免",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("减免信息处理费700.50元", await browser.Client.GetStringAsync(url));
        var view = await HttpAssert.OkAsync<JsonElement>(await officer.GetAsync($"/api/v1/requests/{filed.Number}"));
        Assert.Equal(70050, view.GetProperty("timeline")[2].GetProperty("feeFen").GetInt64());
        Assert.Equal("awaitingFee", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_waiver_needs_a_reason_and_at_most_the_fee_still_due()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-08-26");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, filed.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perRequest", quantity = 12 }); // 100元
        var url = $"/api/v1/requests/{filed.Number}/actions";
        Assert.Contains("理由", await HttpAssert.ValidationErrorAsync(
            await officer.PostAsJsonAsync(url, new { type = "feeWaived", at = "2024-09-05" }), "note"));
        Assert.Contains("100.00元", await HttpAssert.ValidationErrorAsync(
            await officer.PostAsJsonAsync(url, new { type = "feeWaived", at = "2024-09-05", amountFen = 10001, note = "困难" }), "amountFen"));
        var view = await HttpAssert.OkAsync<JsonElement>(await officer.GetAsync($"/api/v1/requests/{filed.Number}"));
        Assert.Equal("awaitingFee", view.GetProperty("status").GetString());
    }
}
