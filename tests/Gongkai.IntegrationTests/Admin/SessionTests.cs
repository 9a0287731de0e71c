using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Admin;

/// <summary>The back office's cookie session: 30 minutes sliding, and no page without it. Own app: the clock moves.</summary>
public sealed class SessionTests(SessionTests.App app) : IClassFixture<SessionTests.App>
{
    public sealed class App : TestApp;

    [Fact]
    public async Task An_anonymous_visit_to_the_back_office_goes_to_the_login()
    {
        foreach (var path in new[] { "/admin", "/admin/units", "/admin/staff", "/admin/audit" })
        {
            var response = await new CookieBrowser(app).Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }
    }

    [Fact]
    public async Task A_session_idle_for_31_minutes_is_sent_back_to_the_login()
    {
        var browser = await CookieBrowser.LoginAsync(app, "admin");
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/admin/units")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await browser.Client.GetAsync("/admin/units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
