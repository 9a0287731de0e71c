using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Search;

/// <summary>The administrator's synonyms page: groups typed as a clerk types them, errors in Chinese, nothing half-saved.</summary>
public sealed class SynonymsPageTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Page = "/admin/search/synonyms";

    [Fact]
    public async Task An_administrator_adds_changes_and_removes_a_group()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var added = await admin.PostFormAsync(Page, new() { ["Words"] = "低保，最低生活保障、城乡低保" }, Page + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var group = await app.WithDbAsync(db => db.SearchSynonyms.AsNoTracking().SingleAsync(g => g.Words.Contains("最低生活保障")));
        Assert.Equal(["低保", "最低生活保障", "城乡低保"], group.WordList);
        Assert.Contains("value=\"低保 最低生活保障 城乡低保\"", await admin.Client.GetStringAsync(Page));

        var bad = await admin.PostFormAsync(Page, new() { ["GroupId"] = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Words"] = "低保" }, Page + "?handler=Save");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("同义词组须包含2至10个不同的词", await bad.Content.ReadAsStringAsync());
        Assert.Equal(3, (await app.WithDbAsync(db => db.SearchSynonyms.AsNoTracking().SingleAsync(g => g.Id == group.Id))).WordList.Count);

        var deleted = await admin.PostFormAsync(Page, new() { ["GroupId"] = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Page + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SearchSynonyms.AnyAsync(g => g.Id == group.Id)));
    }

    [Fact]
    public async Task Other_staff_cannot_open_it()
    {
        var editor = await CookieBrowser.LoginAsync(app, "editor");
        var response = await editor.Client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync());
    }
}
