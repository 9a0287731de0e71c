using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>Requests waiting for a correction or a fee close by themselves once the deadline has run out (3.6.1 / 3.6.2).</summary>
public sealed class LapsedRequestsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Lapsed_correction_and_fee_close_on_the_first_working_day_after_the_deadline_once()
    {
        var officer = await app.LoginAsync("officer");
        var correction = await FileAsync(officer, "2024-10-08");
        var waiting = await ActAsync(officer, correction.Number, new { type = "requestCorrection", at = "2024-10-08", workdays = 3, note = "请写明文件名称" });
        Assert.Equal("2024-10-11", waiting.GetProperty("pauseDeadline").GetString()); // Saturday 10-12 is a make-up working day
        var fee = await FileAsync(officer, "2024-09-02");
        await ActAsync(officer, fee.Number, new { type = "accept", at = "2024-09-02" });
        var feeWaiting = await ActAsync(officer, fee.Number, new { type = "feeNotice", at = "2024-09-03", feeBasis = "perPage", quantity = 50 });
        Assert.Equal("2024-10-08", feeWaiting.GetProperty("pauseDeadline").GetString()); // over Mid-Autumn and National Day
        var feeDue = feeWaiting.GetProperty("dueDate").GetString();

        // 2024-10-08, the fee's last day: nothing lapses yet.
        var admin = await app.LoginAsync("admin");
        Assert.Empty(await RunAsync(admin));
        Assert.Equal("awaitingFee", (await GetAsync(officer, fee.Number)).GetProperty("status").GetString());

        app.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 14, 2, 0, 0, TimeSpan.Zero));
        admin = await app.LoginAsync("admin");
        officer = await app.LoginAsync("officer");
        await RunAsync(admin); // the daily schedule may have closed them already while the clock moved: either way they end closed

        var closedCorrection = await GetAsync(officer, correction.Number);
        Assert.Equal(("closed", "3.6.1", "2024-10-12"), (closedCorrection.GetProperty("status").GetString(),
            closedCorrection.GetProperty("outcome").GetString(), closedCorrection.GetProperty("closedOn").GetString()));
        Assert.Equal(JsonValueKind.Null, closedCorrection.GetProperty("dueDate").ValueKind); // the clock never restarted
        var last = closedCorrection.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(("reply", "system"), (last.GetProperty("type").GetString(), last.GetProperty("actor").GetString()));
        Assert.Contains("2024-10-11", last.GetProperty("note").GetString());

        var closedFee = await GetAsync(officer, fee.Number);
        Assert.Equal(("closed", "3.6.2", "2024-10-09"), (closedFee.GetProperty("status").GetString(),
            closedFee.GetProperty("outcome").GetString(), closedFee.GetProperty("closedOn").GetString()));
        Assert.Equal(feeDue, closedFee.GetProperty("dueDate").GetString());

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "autoClose" && (a.EntityId == correction.Number || a.EntityId == fee.Number)).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("system", a.Actor));

        // Twice changes nothing: no new step, no new audit entry, the same version.
        var before = await app.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Number == correction.Number || r.Number == fee.Number)
            .Select(r => new { r.Number, r.Version, Steps = r.Steps.Count }).OrderBy(r => r.Number).ToListAsync());
        Assert.Empty(await RunAsync(admin));
        Assert.Empty(await app.App.Services.GetRequiredService<LapsedRequestsJob>().RunOnceAsync());
        var after = await app.WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.Number == correction.Number || r.Number == fee.Number)
            .Select(r => new { r.Number, r.Version, Steps = r.Steps.Count }).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal(before, after);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "autoClose"
            && (a.EntityId == correction.Number || a.EntityId == fee.Number))));
    }

    [Fact]
    public async Task Only_the_administrator_runs_it_on_demand_and_a_refusal_changes_nothing()
    {
        var officer = await app.LoginAsync("officer");
        var entries = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var problem = await HttpAssert.ProblemAsync(await officer.PostAsync("/api/v1/requests/lapsed/close", null), HttpStatusCode.Forbidden);
        Assert.Contains("系统管理员", problem.GetProperty("title").GetString() + problem.GetProperty("detail").GetString());
        Assert.Equal(entries, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/requests/lapsed/close", null)).StatusCode);
    }

    private static async Task<List<JsonElement>> RunAsync(HttpClient admin)
    {
        var body = await HttpAssert.OkAsync<JsonElement>(await admin.PostAsync("/api/v1/requests/lapsed/close", null));
        return body.GetProperty("closed").EnumerateArray().ToList();
    }

    private static async Task<JsonElement> GetAsync(HttpClient staff, string number) =>
        await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync($"/api/v1/requests/{number}"));
}
