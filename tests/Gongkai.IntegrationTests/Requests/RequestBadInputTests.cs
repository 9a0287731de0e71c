using System.Net;
using System.Net.Http.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>Bad input gets problem details naming the problem and changes nothing.</summary>
public sealed class RequestBadInputTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<int> RequestCountAsync() => app.WithDbAsync(db => db.Requests.CountAsync());

    private Task<int> StepCountAsync() => app.WithDbAsync(db => db.RequestSteps.CountAsync());

    [Fact]
    public async Task A_wrong_id_check_digit_is_refused()
    {
        var before = await RequestCountAsync();
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/public/requests", Body(idNumber: "110105194912310021"));
        var message = await HttpAssert.ValidationErrorAsync(response, "applicant.idNumber");
        Assert.Contains("校验码", message);
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task A_future_received_date_is_refused()
    {
        var officer = await app.LoginAsync("officer");
        var before = await RequestCountAsync();
        var response = await officer.PostAsJsonAsync("/api/v1/requests", Body("2024-10-09"));
        Assert.Contains("不能晚于", await HttpAssert.ValidationErrorAsync(response, "receivedAt"));
        Assert.Equal(before, await RequestCountAsync());
    }

    [Theory]
    [InlineData("channel", "pigeon", "natural")]
    [InlineData("applicant.type", "letter", "alien")]
    public async Task Unknown_values_name_their_field(string field, string channel, string type)
    {
        var officer = await app.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/requests", new
        {
            unit = "230124", channel, receivedAt = "2024-10-08",
            applicant = new { type, name = "李四", idType = "residentId", idNumber = ValidId, phone = "1" }, subject = "某文件", delivery = "post",
        });
        await HttpAssert.ValidationErrorAsync(response, field);
    }

    [Fact]
    public async Task A_reply_without_outcome_names_outcome_and_changes_nothing()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        await ActAsync(officer, filed.Number, new { type = "accept" });
        var steps = await StepCountAsync();
        var response = await officer.PostAsJsonAsync($"/api/v1/requests/{filed.Number}/actions", new { type = "reply" });
        await HttpAssert.ValidationErrorAsync(response, "outcome");
        Assert.Equal(steps, await StepCountAsync());
        var status = await app.WithDbAsync(db => db.Requests.Where(r => r.Number == filed.Number).Select(r => r.Status).SingleAsync());
        Assert.Equal(Gongkai.Requests.RequestStatus.Accepted, status);
    }

    [Fact]
    public async Task An_action_out_of_order_is_a_conflict_with_a_chinese_reason()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        var steps = await StepCountAsync();
        var response = await officer.PostAsJsonAsync($"/api/v1/requests/{filed.Number}/actions", new { type = "reply", outcome = "3.1" });
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("受理", problem.GetProperty("detail").GetString());
        Assert.Equal(steps, await StepCountAsync());
    }

    [Theory]
    [InlineData("2024-10-09", "at")]      // future
    [InlineData("2024-10-07", "at")]      // before receipt
    public async Task Action_dates_are_never_in_the_future_nor_before_receipt(string at, string field)
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        var response = await officer.PostAsJsonAsync($"/api/v1/requests/{filed.Number}/actions", new { type = "accept", at });
        await HttpAssert.ValidationErrorAsync(response, field);
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.Where(r => r.Number == filed.Number).SelectMany(r => r.Steps).CountAsync()));
    }

    [Fact]
    public async Task Staff_of_another_unit_cannot_act()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        var editor = await app.LoginAsync("editor-fgj");
        var response = await editor.PostAsJsonAsync($"/api/v1/requests/{filed.Number}/actions", new { type = "accept" });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
