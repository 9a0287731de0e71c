using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Requests;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>The request pages and the rating form in English with <c>?culture=en</c>, and unchanged Chinese without it.</summary>
public sealed partial class RequestPagesEnglishTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<string> PageAsync(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    [Fact]
    public async Task The_status_page_names_outcomes_and_steps_in_English_and_offers_the_rating_form_in_English()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await RequestClient.FileAsync(officer, "2024-08-26");
        await RequestClient.ActAsync(officer, filed.Number, new { type = "accept", at = "2024-08-26" });
        await RequestClient.ActAsync(officer, filed.Number, new { type = "feeNotice", at = "2024-09-02", feeBasis = "perPage", quantity = 250 });
        await RequestClient.ActAsync(officer, filed.Number, new { type = "feeWaived", at = "2024-09-05", amountFen = 70000, note = "减免部分复制费" });
        await RequestClient.ActAsync(officer, filed.Number, new { type = "feePaid", at = "2024-09-10" });
        await RequestClient.ActAsync(officer, filed.Number, new { type = "reply", at = "2024-09-20", outcome = "3.3.4" });
        var url = $"/xxgk/apply/status?number={filed.Number}&code={filed.QueryCode}";

        var english = await PageAsync(url + "&culture=en");
        Assert.Contains("Outcome: Not disclosed (protects the lawful rights of a third party)", english);
        Assert.Contains("received your request", english);
        Assert.Contains("Request accepted", english);
        Assert.Contains("Fee notice sent: processing fee 4700.00 yuan", english);
        Assert.Contains("Processing fee reduced by 700.00 yuan", english);
        Assert.Contains("Processing fee paid", english);
        Assert.Contains("Replied: Not disclosed (protects the lawful rights of a third party)", english);
        Assert.Contains("Are you satisfied with the reply to your request?", english);
        Assert.Contains("Fairly satisfied", english);
        Assert.Contains("Submit rating", english);
        var timeline = Timeline().Match(english).Value;
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", timeline.Replace("方正县人民政府", "", StringComparison.Ordinal));

        var chinese = await PageAsync(url);
        Assert.Contains("办理结果：不予公开（保护第三方合法权益）", chinese);
        Assert.Contains("方正县人民政府收到您的申请", chinese);
        Assert.Contains("受理申请", chinese);
        Assert.Contains("发出收费通知，信息处理费4700.00元", chinese);
        Assert.Contains("减免信息处理费700.00元", chinese);
        Assert.Contains("作出答复：不予公开（保护第三方合法权益）", chinese);
        Assert.Contains("您对本次申请的答复满意吗？", chinese);
        Assert.Contains("提交评价", chinese);
        Assert.DoesNotContain("Replied:", chinese);

        // The API keeps its Chinese, and no new field.
        var api = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync(
            $"/api/v1/public/requests/{filed.Number}?queryCode={filed.QueryCode}&culture=en"));
        Assert.Equal("不予公开（保护第三方合法权益）", api.GetProperty("outcomeText").GetString());
        var last = api.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(["on", "text"], last.EnumerateObject().Select(p => p.Name));
        Assert.Equal("作出答复：不予公开（保护第三方合法权益）", last.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_ratings_page_and_an_items_rating_form_speak_English_in_English_mode()
    {
        var list = await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/items?kind=normativeDocument&pageSize=1"));
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var english = await PageAsync($"/ratings?item={id}&culture=en");
        Assert.Contains("<h1>Public rating</h1>", english);
        Assert.Contains("Are you satisfied with this information?", english);
        Assert.Contains("Not satisfied", english);
        var chinese = await PageAsync($"/ratings?item={id}");
        Assert.Contains("<h1>社会评议</h1>", chinese);
        Assert.Contains("您对这条信息满意吗？", chinese);
        Assert.Contains("Are you satisfied with this information?", await PageAsync($"/xxgk/items/{id}?culture=en"));
        Assert.Contains("您对这条信息满意吗？", await PageAsync($"/xxgk/items/{id}"));
    }

    [Theory]
    [InlineData("?culture=en", "Applicant name is required", "The resident ID number is not valid", "Title or document number of the information is required", "The email address is not valid")]
    [InlineData("", "申请人姓名不能为空", "居民身份证号码不正确", "所需信息的名称或文号不能为空", "电子邮箱格式不正确")]
    public async Task The_forms_validation_messages_follow_the_language(string culture, params string[] expected)
    {
        var client = app.Anonymous();
        var form = await client.GetAsync("/xxgk/apply" + culture);
        var html = await form.Content.ReadAsStringAsync();
        var token = Token().Match(html).Groups[1].Value;
        var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/xxgk/apply" + culture)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Form.SubmissionKey"] = Guid.NewGuid().ToString("N"), ["Form.Unit"] = "230124",
                ["Form.ApplicantType"] = "natural", ["Form.Name"] = "", ["Form.IdType"] = "residentId", ["Form.IdNumber"] = "123",
                ["Form.Email"] = "no-at-sign", ["Form.Subject"] = "", ["Form.Delivery"] = "email",
            }),
        };
        post.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var summary = Summary().Match(answer).Value;
        Assert.All(expected, e => Assert.Contains(e, summary));
        if (culture != "")
        {
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", summary);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<ol class=\"timeline\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex Timeline();

    [GeneratedRegex("<div class=\"errors[^\"]*\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();
}
