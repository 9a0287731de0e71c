using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>A unit administrator edits the unit's 公开目录 over the API; the tree stays a tree and keeps its items.</summary>
public sealed class CatalogNodeTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Unit = "230124-004";

    private static async Task<List<string>> CodesAsync(HttpClient client) =>
        Flatten(await HttpAssert.OkAsync<JsonElement>(await client.GetAsync($"/api/v1/catalog/{Unit}/tree"))).ToList();

    private static IEnumerable<string> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Flatten(n.GetProperty("children")).Prepend(n.GetProperty("code").GetString()!));

    [Fact]
    public async Task A_node_is_added_renamed_used_and_removed_only_when_empty()
    {
        var admin = await app.LoginAsync("unitadmin");
        var added = await HttpAssert.OkAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/local-heating",
            new { name = "冬季供暖", parentCode = "art21", frequency = "每年10月前" }));
        Assert.Equal("art21", added.GetProperty("parentCode").GetString());
        var codes = await CodesAsync(admin);
        Assert.Contains("local-heating", codes);
        Assert.Contains("art20-07", codes); // the template was copied, not replaced

        await HttpAssert.OkAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/local-heating", new { name = "冬季供暖保障", parentCode = "art21" }));
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/art21", new { name = "x", parentCode = "local-heating" }), "parentCode");
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/BAD CODE", new { name = "x" }), "code");

        var editor = await app.LoginAsync("editor");
        var item = await editor.PostAsJsonAsync("/api/v1/items", new { unit = Unit, title = "2024年冬季供暖安排", body = "正文", formedOn = "2024-09-30", kind = "general", catalogNode = "冬季供暖保障" });
        var created = await HttpAssert.OkAsync<JsonElement>(item, HttpStatusCode.Created);
        Assert.Equal("local-heating", created.GetProperty("catalogNode").GetString());
        await HttpAssert.ProblemAsync(await admin.DeleteAsync($"/api/v1/catalog/{Unit}/nodes/local-heating"), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await admin.DeleteAsync($"/api/v1/catalog/{Unit}/nodes/art21"), HttpStatusCode.Conflict);

        await HttpAssert.OkAsync<JsonElement>(await admin.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/local-empty", new { name = "临时栏目" }));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/catalog/{Unit}/nodes/local-empty")).StatusCode);
        Assert.DoesNotContain("local-empty", await CodesAsync(admin));
    }

    [Fact]
    public async Task An_editor_cannot_change_the_catalogue()
    {
        var editor = await app.LoginAsync("editor");
        await HttpAssert.ProblemAsync(await editor.PutAsJsonAsync($"/api/v1/catalog/{Unit}/nodes/local-x", new { name = "x" }), HttpStatusCode.Forbidden);
        Assert.DoesNotContain("local-x", await CodesAsync(editor));
    }
}

/// <summary>The back-office catalogue page: a unit administrator adds and removes a node through its forms.</summary>
public sealed class CatalogPageTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_catalogue_page_adds_a_node_and_deletes_it_and_shows_errors_in_chinese()
    {
        var browser = await CookieBrowser.LoginAsync(app, "unitadmin");
        const string Page = "/admin/catalog?unit=230124-006";
        var saved = await browser.PostFormAsync(Page, new() { ["unit"] = "230124-006", ["NodeCode"] = "page-node", ["Node.Name"] = "页面新增栏目", ["Node.ParentCode"] = "seed" }, "/admin/catalog?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("页面新增栏目", await browser.Client.GetStringAsync(Page));

        var bad = await browser.PostFormAsync(Page, new() { ["unit"] = "230124-006", ["NodeCode"] = "x", ["Node.Name"] = "" }, "/admin/catalog?handler=Save");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("目录名称不能为空", await bad.Content.ReadAsStringAsync());

        var deleted = await browser.PostFormAsync(Page, new() { ["unit"] = "230124-006", ["NodeCode"] = "page-node" }, "/admin/catalog?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("页面新增栏目", await browser.Client.GetStringAsync(Page));
    }
}
