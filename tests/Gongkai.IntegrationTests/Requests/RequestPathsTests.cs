using Gongkai.IntegrationTests.Infrastructure;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>Each path of the procedure over HTTP with its exact due dates (the test clock stands at 2024-10-08 10:00 in China).</summary>
public sealed class RequestPathsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Accept_and_reply_closes_with_the_outcome()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        Assert.Equal("2024-10-30", filed.DueDate); // National Day week off, make-up days 09-29 and 10-12 worked
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        var view = await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.2", note = "区分处理" });
        Assert.Equal("closed", view.GetProperty("status").GetString());
        Assert.Equal("3.2", view.GetProperty("outcome").GetString());
        Assert.Equal("2024-10-08", view.GetProperty("closedOn").GetString());
        Assert.Equal(2, view.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_restarts_the_clock_from_the_corrected_request()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        var waiting = await ActAsync(officer, filed.Number, new { type = "requestCorrection", at = "2024-09-30", workdays = 10 });
        Assert.Equal("awaitingCorrection", waiting.GetProperty("status").GetString());
        Assert.Equal("2024-10-18", waiting.GetProperty("pauseDeadline").GetString());
        var view = await ActAsync(officer, filed.Number, new { type = "correctionReceived", at = "2024-10-08" });
        Assert.Equal("2024-11-04", view.Due());
    }

    [Fact]
    public async Task A_missed_correction_deadline_closes_as_3_6_1()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-02");
        await ActAsync(officer, filed.Number, new { type = "requestCorrection", at = "2024-09-03", workdays = 10 }); // until 09-18
        var view = await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.6.1" });
        Assert.Equal("3.6.1", view.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_consultation_pauses_the_clock()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        var consulting = await ActAsync(officer, filed.Number, new { type = "consultThirdParty", at = "2024-09-30" });
        Assert.Equal("consulting", consulting.GetProperty("status").GetString());
        var view = await ActAsync(officer, filed.Number, new { type = "thirdPartyReplied", at = "2024-10-08" });
        Assert.Equal("2024-10-31", view.Due()); // one working day (10-08) paused
        Assert.Contains(view.GetProperty("breakdown").EnumerateArray(), l => l.GetString()!.Contains("暂停1个工作日"));
    }

    [Fact]
    public async Task An_extension_adds_twenty_working_days_once()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        var view = await ActAsync(officer, filed.Number, new { type = "extend", at = "2024-10-08", workdays = 20 });
        Assert.Equal("2024-11-27", view.Due());
    }

    [Fact]
    public async Task A_paid_fee_pauses_the_clock_for_the_waiting_days()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-08-26");
        Assert.Equal("2024-09-24", filed.DueDate);
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        var notice = await ActAsync(officer, filed.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 });
        Assert.Equal(470000, notice.GetProperty("timeline")[1].GetProperty("feeFen").GetInt64());
        var view = await ActAsync(officer, filed.Number, new { type = "feePaid", at = "2024-09-10" });
        Assert.Equal("2024-10-08", view.Due()); // six working days paused
    }

    [Fact]
    public async Task An_unpaid_fee_closes_as_3_6_2_after_twenty_working_days()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-08-26");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        await ActAsync(officer, filed.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perRequest", quantity = 12 }); // pay by 09-30
        var view = await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.6.2" });
        Assert.Equal("3.6.2", view.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_withdrawal_closes_as_3_6_3()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        var view = await ActAsync(officer, filed.Number, new { type = "withdraw" });
        Assert.Equal("3.6.3", view.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("3.1")]
    [InlineData("3.3.4")]
    [InlineData("3.4.1")]
    [InlineData("3.5.2")]
    [InlineData("3.6.3")]
    public async Task Every_kind_of_outcome_is_a_reply(string outcome)
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08");
        await ActAsync(officer, filed.Number, new { type = "accept" });
        var view = await ActAsync(officer, filed.Number, new { type = "reply", outcome });
        Assert.Equal(outcome, view.GetProperty("outcome").GetString());
    }
}
