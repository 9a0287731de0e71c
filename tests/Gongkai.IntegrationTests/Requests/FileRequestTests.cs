using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

public sealed class FileRequestTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_portal_files_a_request_with_number_query_code_and_due_date()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/public/requests", Body(subject: "方正县2023年政府信息公开年度报告原件"));
        var filed = await HttpAssert.OkAsync<Filed>(response, HttpStatusCode.Created);
        Assert.Matches(@"^YSQ-2024-\d{6}$", filed.Number);
        Assert.Equal(12, filed.QueryCode.Length);
        Assert.Equal("2024-11-04", filed.DueDate); // received Tue 2024-10-08, 20 working days
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 10, 0, 0, TimeSpan.FromHours(8)), filed.ReceivedAt);
        var channel = await app.WithDbAsync(db => db.Requests.Where(r => r.Number == filed.Number).Select(r => r.Channel).SingleAsync());
        Assert.Equal(Gongkai.Requests.RequestChannel.Online, channel);
    }

    [Fact]
    public async Task A_letter_that_does_not_say_how_to_deliver_is_recorded_for_post_to_its_address()
    {
        var officer = await app.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/requests", new
        {
            unit = "230124", channel = "letter", receivedAt = "2024-09-30",
            applicant = new { type = "natural", name = "赵六", idType = "residentId", idNumber = "11010519491231002X", address = "方正县方正镇示例街2号" },
            subject = "2024年秋季学期义务教育补助发放名单",
        });
        var filed = await HttpAssert.OkAsync<Filed>(response, HttpStatusCode.Created);
        var delivery = await app.WithDbAsync(db => db.Requests.Where(r => r.Number == filed.Number).Select(r => r.Delivery).SingleAsync());
        Assert.Equal(Gongkai.Requests.DeliveryMethod.Post, delivery);
    }

    [Fact]
    public async Task A_double_submission_creates_one_request()
    {
        var client = app.Anonymous();
        var before = await app.WithDbAsync(db => db.Requests.CountAsync());
        var body = Body(subject: "重复提交测试" + Guid.NewGuid(), name: "王五", phone: "13900000001");
        var first = await HttpAssert.OkAsync<Filed>(await client.PostAsJsonAsync("/api/v1/public/requests", body), HttpStatusCode.Created);
        var second = await HttpAssert.OkAsync<Filed>(await client.PostAsJsonAsync("/api/v1/public/requests", body));
        Assert.Equal(first.Number, second.Number);
        using var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/requests") { Content = JsonContent.Create(Body(subject: "另一件" + Guid.NewGuid())) };
        keyed.Headers.Add("Idempotency-Key", "form-abc-123");
        var third = await HttpAssert.OkAsync<Filed>(await client.SendAsync(keyed), HttpStatusCode.Created);
        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/requests") { Content = JsonContent.Create(Body(subject: "又一件" + Guid.NewGuid())) };
        again.Headers.Add("Idempotency-Key", "form-abc-123");
        var fourth = await HttpAssert.OkAsync<Filed>(await client.SendAsync(again));
        Assert.Equal(third.Number, fourth.Number);
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task The_applicant_follows_the_request_by_number_and_query_code()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        var client = app.Anonymous();
        var response = await client.GetAsync($"/api/v1/public/requests/{filed.Number}?queryCode={filed.QueryCode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = JsonDocument.Parse(text).RootElement;
        Assert.Equal("办理中", status.GetProperty("statusText").GetString());
        Assert.Equal("2024-10-30", status.GetProperty("dueDate").GetString());
        Assert.Equal(2, status.GetProperty("timeline").GetArrayLength());
        Assert.False(status.TryGetProperty("applicant", out _));
        Assert.DoesNotContain("申请人", text); // the test applicants are named 申请人xxxx
        Assert.DoesNotContain(ValidId, text);
        var wrong = await client.GetAsync($"/api/v1/public/requests/{filed.Number}?queryCode=WRONGCODE123");
        await HttpAssert.ProblemAsync(wrong, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_repeat_by_the_same_applicant_is_flagged()
    {
        var officer = await app.LoginAsync("officer");
        var first = await HttpAssert.OkAsync<Filed>(await officer.PostAsJsonAsync("/api/v1/requests",
            Body("2024-10-08", idNumber: "230124198001011234", subject: "松南乡2023年低保资金发放名单", name: "赵六")), HttpStatusCode.Created);
        var second = await HttpAssert.OkAsync<Filed>(await officer.PostAsJsonAsync("/api/v1/requests",
            Body("2024-10-08", idNumber: "230124198001011234", subject: "松南乡2023年度低保资金发放名单", name: "赵六", phone: "13700000000")), HttpStatusCode.Created);
        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{second.Number}");
        Assert.Equal(first.Number, view.GetProperty("possibleRepeatOf").GetString());
        var firstView = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{first.Number}");
        Assert.Equal(JsonValueKind.Null, firstView.GetProperty("possibleRepeatOf").ValueKind);
    }

    [Fact]
    public async Task The_work_list_is_scoped_and_shows_overdue_requests()
    {
        var officer = await app.LoginAsync("officer");
        var late = await FileAsync(officer, "2024-08-01"); // due 2024-08-29
        var onTime = await FileAsync(officer, "2024-10-08");
        var overdue = await officer.GetFromJsonAsync<List<JsonElement>>("/api/v1/requests?overdue=true");
        Assert.Contains(overdue!, r => r.GetProperty("number").GetString() == late.Number && r.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(overdue!, r => r.GetProperty("number").GetString() == onTime.Number);
        var fgj = await app.LoginAsync("editor-fgj");
        var theirs = await fgj.GetFromJsonAsync<List<JsonElement>>("/api/v1/requests");
        Assert.DoesNotContain(theirs!, r => r.GetProperty("unitCode").GetString() == "230124");
    }

    [Fact]
    public async Task The_staff_view_explains_the_due_date()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2019-05-14");
        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{filed.Number}");
        Assert.Equal("2019-06-04", view.Due());
        var lines = view.GetProperty("breakdown").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains(lines, l => l.Contains("15个工作日") && l.Contains("2008"));
        Assert.Contains("2019-06-04", lines[^1]);
        Assert.Equal(ValidId, view.GetProperty("applicant").GetProperty("idNumber").GetString());
    }
}
