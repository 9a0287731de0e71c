using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Calendar;

public sealed class CalendarApiTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("2024-09-27", 20, "2024-10-30")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2014-09-30", 1, "2014-10-08")]
    public async Task The_public_due_date(string from, int workdays, string due)
    {
        var body = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/public/calendar/due?from={from}&workdays={workdays}");
        Assert.Equal(due, body.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("from=2024-13-01&workdays=3", "from")]
    [InlineData("workdays=3", "from")]
    [InlineData("from=2024-10-01&workdays=-1", "workdays")]
    [InlineData("from=2024-10-01&workdays=abc", "workdays")]
    public async Task Bad_input_is_a_problem(string query, string field) =>
        await HttpAssert.ValidationErrorAsync(await app.Anonymous().GetAsync($"/api/v1/public/calendar/due?{query}"), field);

    [Fact]
    public async Task The_bundled_years_are_in_the_database()
    {
        await app.Anonymous().GetAsync("/api/v1/public/calendar/due?from=2024-01-01&workdays=1");
        Assert.Equal(Enumerable.Range(2014, 13), await app.WithDbAsync(db => db.CalendarYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync()));
    }

    [Fact]
    public async Task Correcting_a_year_redates_open_requests_and_is_audited()
    {
        var officer = await app.LoginAsync("officer");
        var open = await RequestClient.FileAsync(officer, "2024-10-08");
        var closed = await RequestClient.FileAsync(officer, "2024-10-08");
        await RequestClient.ActAsync(officer, closed.Number, new { type = "withdraw" });
        Assert.Equal("2024-11-04", open.DueDate);
        var admin = await app.LoginAsync("admin");
        var years = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/calendar/years");
        var y2024 = years!.Single(y => y.GetProperty("year").GetInt32() == 2024);
        var holidays = y2024.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!).Append("2024-10-31").ToList();
        var workdays = y2024.GetProperty("workdays").EnumerateArray().Select(d => d.GetString()!).ToList();
        var response = await admin.PutAsJsonAsync("/api/v1/calendar/years/2024", new { holidays, workdays, source = "测试更正" });
        var saved = await HttpAssert.OkAsync<JsonElement>(response);
        Assert.True(saved.GetProperty("redatedRequests").GetInt32() >= 1);
        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{open.Number}");
        Assert.Equal("2024-11-05", view.GetProperty("dueDate").GetString());
        var due = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/public/calendar/due?from=2024-10-30&workdays=1");
        Assert.Equal("2024-11-01", due.GetProperty("dueDate").GetString());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "correctCalendarYear" && e.EntityId == "2024")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "redate" && e.EntityId == open.Number)));
        var closedDue = await app.WithDbAsync(db => db.Requests.Where(r => r.Number == closed.Number).Select(r => r.DueDate).SingleAsync());
        Assert.Equal(new DateOnly(2024, 11, 4), closedDue);
    }

    [Fact]
    public async Task Only_administrators_change_the_calendar_and_bad_dates_are_refused()
    {
        var officer = await app.LoginAsync("officer");
        var forbidden = await officer.PutAsJsonAsync("/api/v1/calendar/years/2027", new { holidays = new[] { "2027-01-01" }, workdays = Array.Empty<string>() });
        await HttpAssert.ProblemAsync(forbidden, HttpStatusCode.Forbidden);
        var admin = await app.LoginAsync("admin");
        var bad = await admin.PutAsJsonAsync("/api/v1/calendar/years/2027", new { holidays = new[] { "2026-01-01" }, workdays = new[] { "2027-01-04" } });
        await HttpAssert.ValidationErrorAsync(bad, "holidays");
        Assert.False(await app.WithDbAsync(db => db.CalendarYears.AnyAsync(y => y.Year == 2027)));
        var added = await admin.PutAsJsonAsync("/api/v1/calendar/years/2027", new { holidays = new[] { "2027-01-01" }, workdays = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var due = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/public/calendar/due?from=2026-12-31&workdays=1");
        Assert.Equal("2027-01-04", due.GetProperty("dueDate").GetString());
    }
}
