using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Appeals;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Requests;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Appeals;

public sealed class RecordAppealTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_review_linked_to_a_request_gets_its_60_and_90_day_deadlines()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await RequestClient.FileAsync(officer, "2024-08-01");
        await RequestClient.ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-01" });
        await RequestClient.ActAsync(officer, filed.Number, new { type = "reply", at = "2024-08-15", outcome = "3.3.4" });
        var response = await officer.PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = "review", unit = "230124", requestNumber = filed.Number, filedAt = "2024-08-02", result = "pending",
        });
        var appeal = await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal("2024-10-08", appeal.GetProperty("dueOn").GetString());         // 60 days → Tue 10-01, holidays to 10-07 → 10-08
        Assert.Equal("2024-10-31", appeal.GetProperty("extendedDueOn").GetString()); // 90 days → Thu 10-31
        var list = await officer.GetFromJsonAsync<List<JsonElement>>("/api/v1/appeals?year=2024");
        Assert.Contains(list!, a => a.GetProperty("requestNumber").GetString() == filed.Number);
    }

    [Fact]
    public async Task A_lawsuit_is_recorded_with_its_result()
    {
        var officer = await app.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = "litigationDirect", unit = "230124-002", filedAt = "2024-03-01", result = "upheld", closedAt = "2024-06-20",
        });
        var appeal = await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, appeal.GetProperty("dueOn").ValueKind);
        var facts = await app.WithDbAsync(async db =>
            await AppealFacts.ForUnitsAsync(db, await db.Units.Where(u => u.Code == "230124-002").Select(u => u.Id).ToListAsync()));
        Assert.Contains(new AppealFact("230124-002", "litigationDirect", new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 20), "upheld"), facts);
    }

    [Theory]
    [InlineData("appeal", "2024-03-01", "upheld", "2024-04-01", "kind")]
    [InlineData("review", "2024-10-09", "pending", null, "filedAt")]
    [InlineData("review", "2024-03-01", "upheld", null, "closedAt")]
    [InlineData("review", "2024-03-01", "pending", "2024-04-01", "closedAt")]
    [InlineData("review", "2024-03-01", "corrected", "2024-02-01", "closedAt")]
    [InlineData("review", "2024-03-01", "won", "2024-04-01", "result")]
    public async Task Bad_appeals_name_the_field_and_write_nothing(string kind, string filedAt, string result, string? closedAt, string field)
    {
        var officer = await app.LoginAsync("officer");
        var before = await app.WithDbAsync(db => db.Appeals.CountAsync());
        var response = await officer.PostAsJsonAsync("/api/v1/appeals", new { kind, unit = "230124", filedAt, result, closedAt });
        await HttpAssert.ValidationErrorAsync(response, field);
        Assert.Equal(before, await app.WithDbAsync(db => db.Appeals.CountAsync()));
    }

    [Fact]
    public async Task Request_facts_carry_what_the_annual_report_counts()
    {
        var officer = await app.LoginAsync("officer");
        var carried = await RequestClient.FileAsync(officer, "2023-12-25");
        await RequestClient.ActAsync(officer, carried.Number, new { type = "accept", at = "2023-12-26" });
        await RequestClient.ActAsync(officer, carried.Number, new { type = "reply", at = "2024-01-10", outcome = "3.1" });
        var facts = await app.WithDbAsync(async db =>
            await RequestFacts.ForUnitsAsync(db, await db.Units.Where(u => u.Code == "230124").Select(u => u.Id).ToListAsync()));
        var fact = Assert.Single(facts, f => f.ReceivedOn == new DateOnly(2023, 12, 25));
        Assert.Equal(new RequestFact("230124", "natural", new DateOnly(2023, 12, 25), new DateOnly(2024, 1, 10), "3.1"), fact);
        Assert.True(fact.OpenAtEndOf(2023));
        Assert.False(fact.OpenAtEndOf(2024));
    }
}
