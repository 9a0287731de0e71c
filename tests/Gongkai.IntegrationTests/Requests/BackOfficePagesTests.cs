using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>The officer's pages with a cookie session: the work list, a request page, a step through its form.</summary>
public sealed partial class BackOfficePagesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_officer_sees_the_work_list_and_accepts_a_request_on_its_page()
    {
        var api = await app.LoginAsync("officer");
        var late = await RequestClient.FileAsync(api, "2024-08-01");
        var browser = await SignInAsync("officer");

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/requests"));
        Assert.Contains(late.Number, list);
        Assert.Matches($"<tr class=\"overdue\">\\s*<td><a href=\"/admin/requests/{late.Number}\"", list);
        var todo = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin"));
        Assert.Contains("已超过答复期限的政府信息公开申请", todo);

        var page = await browser.GetAsync($"/admin/requests/{late.Number}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("期限计算说明", html);
        Assert.Contains("2024-08-29", html);
        var post = await browser.PostAsync($"/admin/requests/{late.Number}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value, ["Step.Type"] = "accept", ["Step.At"] = "2024-08-01",
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/requests/{late.Number}"));
        Assert.Contains("受理申请", after);

        var refused = await browser.PostAsync($"/admin/requests/{late.Number}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(after).Groups[1].Value, ["Step.Type"] = "reply",
        }));
        Assert.Contains("答复必须选择办理结果", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_calendar_page_lists_the_years_for_administrators()
    {
        var browser = await SignInAsync("admin");
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/calendar"));
        Assert.Contains("2026", html);
        Assert.Contains("10-12", html); // 2024's make-up Saturday
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new CookieJar(app.App.GetTestServer().CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        var form = await client.GetStringAsync("/admin/login");
        var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value, ["UserName"] = userName, ["Password"] = TestApp.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    cookies.SetCookies(request.RequestUri!, value);
                }
            }
            return response;
        }
    }
}
