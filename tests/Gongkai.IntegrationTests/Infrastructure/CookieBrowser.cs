using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// A client that behaves like a browser towards the back office: it keeps cookies, does not follow redirects,
/// and posts forms with the antiforgery token read from the page.
/// </summary>
public sealed partial class CookieBrowser(TestApp app)
{
    public HttpClient Client { get; } = new(new CookieContainerHandler { InnerHandler = app.App.GetTestServer().CreateHandler() })
    {
        BaseAddress = new Uri("http://localhost"),
    };

    public static async Task<CookieBrowser> LoginAsync(TestApp app, string userName, string password = TestApp.Password)
    {
        var browser = new CookieBrowser(app);
        var response = await browser.PostFormAsync("/admin/login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {userName} answered {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>Loads the page at <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var get = await Client.GetAsync(formPage);
        Assert.True(get.IsSuccessStatusCode, $"GET {formPage} answered {(int)get.StatusCode} {get.Headers.Location}");
        var page = await get.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        var body = fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await Client.PostAsync(action ?? formPage, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
