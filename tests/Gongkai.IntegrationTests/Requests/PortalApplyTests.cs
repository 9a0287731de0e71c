using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>The portal's application form (CSRF-protected) and the status page.</summary>
public sealed partial class PortalApplyTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_citizen_files_on_the_portal_and_follows_the_request()
    {
        var client = app.Anonymous();
        var form = await client.GetAsync("/xxgk/apply");
        var html = await form.Content.ReadAsStringAsync();
        Assert.True(form.StatusCode == HttpStatusCode.OK, $"{form.StatusCode} {form.Headers.Location}");
        Assert.Contains("政府信息公开申请", html);
        var token = Token().Match(html).Groups[1].Value;
        var key = Key().Match(html).Groups[1].Value;
        var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var before = await app.WithDbAsync(db => db.Requests.CountAsync());

        async Task<string> SubmitAsync()
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, "/xxgk/apply")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["Form.SubmissionKey"] = key, ["Form.Unit"] = "230124",
                    ["Form.ApplicantType"] = "natural", ["Form.Name"] = "钱某", ["Form.IdType"] = "residentId",
                    ["Form.IdNumber"] = RequestClient.ValidId, ["Form.Phone"] = "13612345678", ["Form.Subject"] = "2024年城乡居民医保缴费标准",
                    ["Form.Delivery"] = "email",
                }),
            };
            post.Headers.Add("Cookie", cookie);
            var response = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var done = await SubmitAsync();
        var number = Number().Match(done).Groups[1].Value;
        var code = Code().Match(done).Groups[1].Value;
        Assert.Matches(@"^YSQ-2024-\d{6}$", number);
        Assert.Contains("2024-11-04", done);
        var again = await SubmitAsync(); // the browser's back-and-resubmit: same request
        Assert.Equal(number, Number().Match(again).Groups[1].Value);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Requests.CountAsync()));

        var status = WebUtility.HtmlDecode(await (await client.GetAsync($"/xxgk/apply/status?number={number}&code={code}")).Content.ReadAsStringAsync());
        Assert.Contains("已收到，待受理", status);
        Assert.Contains("2024-11-04", status);
        Assert.DoesNotContain("钱某", status);
        var wrong = WebUtility.HtmlDecode(await (await client.GetAsync($"/xxgk/apply/status?number={number}&code=XXXX")).Content.ReadAsStringAsync());
        Assert.Contains("未找到该申请", wrong);
    }

    [Fact]
    public async Task The_status_page_offers_the_rating_form_once_the_request_is_answered_and_not_before()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await RequestClient.FileAsync(officer, "2024-09-27");
        var client = app.Anonymous();
        async Task<string> StatusAsync() => WebUtility.HtmlDecode(await (await client.GetAsync(
            $"/xxgk/apply/status?number={filed.Number}&code={filed.QueryCode}")).Content.ReadAsStringAsync());

        Assert.DoesNotContain("rating-form", await StatusAsync());
        await RequestClient.ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        Assert.DoesNotContain("rating-form", await StatusAsync());
        await RequestClient.ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.1" });
        var answered = await StatusAsync();
        Assert.Contains("class=\"rating-form\"", answered);
        Assert.Contains("您对本次申请的答复满意吗？", answered);
        Assert.Contains($"name=\"Form.RequestNumber\" value=\"{filed.Number}\"", answered);
        Assert.Contains("__RequestVerificationToken", answered);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var before = await app.WithDbAsync(db => db.Requests.CountAsync());
        var response = await app.Anonymous().PostAsync("/xxgk/apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Unit"] = "230124", ["Form.Name"] = "某人", ["Form.Subject"] = "某事",
        }));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Requests.CountAsync()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Form.SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex Key();

    [GeneratedRegex("id=\"number\">([^<]+)<")]
    private static partial Regex Number();

    [GeneratedRegex("id=\"query-code\">([^<]+)<")]
    private static partial Regex Code();
}
