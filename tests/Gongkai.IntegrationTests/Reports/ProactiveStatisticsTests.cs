using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports;

public sealed class ProactiveStatisticsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Staff_enter_the_figures_and_the_report_shows_them_audited()
    {
        var editor = await app.LoginAsync("editor");
        var treeBefore = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&scope=tree"));
        var response = await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-003/2023",
            new { licensing = 120, punishment = 7, enforcement = 2, feesWan = 35.4821m });
        var saved = await HttpAssert.OkAsync<JsonElement>(response);
        Assert.Equal(35.4821m, saved.GetProperty("feesWan").GetDecimal());

        var report = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124-003&format=json"));
        var proactive = report.GetProperty("proactive");
        Assert.Equal((120, 7, 2, 35.4821m), (proactive.GetProperty("licensing").GetInt32(), proactive.GetProperty("punishment").GetInt32(),
            proactive.GetProperty("enforcement").GetInt32(), proactive.GetProperty("feesWan").GetDecimal()));

        var tree = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&scope=tree"));
        Assert.Equal(treeBefore.GetProperty("proactive").GetProperty("licensing").GetInt32() + 120, tree.GetProperty("proactive").GetProperty("licensing").GetInt32());
        var self = await HttpAssert.OkAsync<JsonElement>(await editor.GetAsync("/api/v1/reports/annual?year=2023&unit=230124&scope=self"));
        Assert.Equal(0, self.GetProperty("proactive").GetProperty("licensing").GetInt32());

        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "recordStatistics" && e.EntityId == "230124-003/2023")));
    }

    [Theory]
    [InlineData("licensing", -1, 0, 0, "1")]
    [InlineData("punishment", 0, -5, 0, "1")]
    [InlineData("enforcement", 0, 0, -1, "1")]
    [InlineData("feesWan", 0, 0, 0, "-0.5")]
    [InlineData("feesWan", 0, 0, 0, "1.1234567")]
    public async Task Negative_counts_and_sub_fen_amounts_are_refused_and_nothing_is_written(string field, int licensing, int punishment, int enforcement, string fees)
    {
        var editor = await app.LoginAsync("editor");
        var body = new { licensing, punishment, enforcement, feesWan = decimal.Parse(fees, System.Globalization.CultureInfo.InvariantCulture) };
        var message = await HttpAssert.ValidationErrorAsync(await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124-004/2022", body), field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.False(await app.WithDbAsync(db => db.ProactiveStatistics.AnyAsync(s => s.Year == 2022 && s.UnitId == db.Units.Single(u => u.Code == "230124-004").Id)));
    }

    [Fact]
    public async Task Missing_figures_and_a_future_year_are_named()
    {
        var editor = await app.LoginAsync("editor");
        await HttpAssert.ValidationErrorAsync(await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124/2023", new { licensing = 1 }), "feesWan");
        await HttpAssert.ValidationErrorAsync(await editor.PutAsJsonAsync("/api/v1/statistics/proactive/230124/2030",
            new { licensing = 1, punishment = 0, enforcement = 0, feesWan = 0 }), "year");
    }

    [Fact]
    public async Task Staff_of_another_unit_and_anonymous_callers_are_refused()
    {
        var body = new { licensing = 1, punishment = 0, enforcement = 0, feesWan = 0 };
        var other = await app.LoginAsync("editor-fgj");
        await HttpAssert.ProblemAsync(await other.PutAsJsonAsync("/api/v1/statistics/proactive/230124-003/2023", body), HttpStatusCode.Forbidden);
        var anonymous = await app.Anonymous().PutAsJsonAsync("/api/v1/statistics/proactive/230124-003/2023", body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await HttpAssert.ProblemAsync(await (await app.LoginAsync("editor")).PutAsJsonAsync("/api/v1/statistics/proactive/999999/2023", body), HttpStatusCode.NotFound);
    }
}
