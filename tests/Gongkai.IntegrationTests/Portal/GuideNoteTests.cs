using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("无权访问", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_guide_note_reaches_every_nodes_cache_through_the_search_outbox()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        const string url = "/xxgk/guide?unit=230124-009";
        await app.Anonymous().GetStringAsync(url);
        Assert.Equal("hit", string.Join(",", (await app.Anonymous().GetAsync(url)).Headers.GetValues("X-Cache")));
        var browser = await CookieBrowser.LoginAsync(app, "unitadmin");
        var saved = await browser.PostFormAsync("/admin/units/230124-009/guide", new() { ["GuideNote"] = "<p>另一节点也应看到的说明。</p>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The shared path: one UnitPage row for the unit, committed with the note, which every node's sync reads.
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "230124-009").Select(u => u.Id).SingleAsync());
        var rows = await app.WithDbAsync(db => db.SearchOutbox.Where(e => e.Operation == SearchOperation.UnitPage && e.DocumentId == unitId).CountAsync());
        Assert.Equal(1, rows);
        await sync.DrainOnceAsync(); // this node's sync has read the row (its eviction cannot race the refill below)

        // What another node does on reading it: its listener drops the unit's pages (here: after this node refilled them).
        await app.Anonymous().GetStringAsync(url);
        Assert.Equal("hit", string.Join(",", (await app.Anonymous().GetAsync(url)).Headers.GetValues("X-Cache")));
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            foreach (var listener in scope.ServiceProvider.GetServices<ISearchAppliedListener>())
            {
                await listener.UnitPagesChangedAsync([unitId], default);
            }
        }
        var after = await app.Anonymous().GetAsync(url);
        Assert.Equal("miss", string.Join(",", after.Headers.GetValues("X-Cache")));
        Assert.Contains("另一节点也应看到的说明。", await after.Content.ReadAsStringAsync());
    }
}
