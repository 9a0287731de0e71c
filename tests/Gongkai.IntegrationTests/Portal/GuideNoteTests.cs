using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>A unit administrator adds text to the unit's generated guide; it is sanitised and shown on the portal at once.</summary>
public sealed class GuideNoteTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_guide_shows_the_units_own_text_sanitised_and_fresh()
    {
        var before = await app.Anonymous().GetStringAsync("/xxgk/guide?unit=230124-007"); // now cached
        Assert.DoesNotContain("政府信息查阅点", before);
        var browser = await CookieBrowser.LoginAsync(app, "unitadmin");
        var saved = await browser.PostFormAsync("/admin/units/230124-007/guide",
            new() { ["GuideNote"] = "<p>政府信息查阅点设在县档案馆一楼，周一至周五开放。</p><script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.Anonymous().GetStringAsync("/xxgk/guide?unit=230124-007");
        Assert.Contains("<p>政府信息查阅点设在县档案馆一楼，周一至周五开放。</p>", after);
        Assert.DoesNotContain("alert(1)", after);
    }

    [Fact]
    public async Task An_editor_cannot_change_the_guide()
    {
        var browser = await CookieBrowser.LoginAsync(app, "editor");
        var page = await browser.Client.GetAsync("/admin/units/230124-007/guide");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("status=403", page.Headers.Location!.ToString());
    }
}
