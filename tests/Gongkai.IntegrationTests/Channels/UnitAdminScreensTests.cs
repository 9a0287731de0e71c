using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class UnitAdminScreensTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_unit_administrator_edits_screens_of_units_in_scope_and_is_refused_screens_of_every_unit()
    {
        var unitAdmin = await CookieBrowser.LoginAsync(app, "unitadmin");
        var index = await unitAdmin.Client.GetStringAsync("/admin/channels");
        Assert.Contains("href=\"/admin/channels/edit/kiosk-town\"", index, StringComparison.Ordinal);
        Assert.Contains("方正镇政府触摸屏", await unitAdmin.Client.GetStringAsync("/admin/channels/edit/kiosk-town"), StringComparison.Ordinal);
        var saved = await unitAdmin.PostFormAsync("/admin/channels/edit/kiosk-town", new()
        {
            ["Input.Kind"] = "kiosk", ["Input.Name"] = "方正镇便民服务中心触摸屏", ["Input.Units"] = "230124-101", ["Input.Seconds"] = "45", ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // led-square shows every unit: only the administrator manages it.
        var refused = await unitAdmin.Client.GetAsync("/admin/channels/edit/led-square");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var refusedNew = await unitAdmin.PostFormAsync("/admin/channels/edit", new()
        {
            ["Input.Code"] = "led-all", ["Input.Kind"] = "led", ["Input.Name"] = "全县LED屏", ["Input.Units"] = "", ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Forbidden, refusedNew.StatusCode);

        var api = await app.LoginAsync("unitadmin");
        await HttpAssert.OkAsync<JsonElement>(await api.PostAsJsonAsync("/api/v1/channels/targets",
            new { code = "led-forestry", kind = "led", name = "林业局门口LED屏", units = new[] { "230124-006" } }), HttpStatusCode.Created);
        await HttpAssert.ProblemAsync(await api.PutAsJsonAsync("/api/v1/channels/targets/led-forestry",
            new { kind = "led", name = "林业局门口LED屏", units = Array.Empty<string>() }), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await api.PutAsJsonAsync("/api/v1/channels/targets/led-square",
            new { kind = "led", name = "休闲广场LED大屏幕", units = new[] { "230124-006" } }), HttpStatusCode.Forbidden);
        var editor = await app.LoginAsync("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/channels/targets",
            new { code = "led-editor", kind = "led", name = "编辑建的屏", units = new[] { "230124-006" } })).StatusCode);

        var targets = await HttpAssert.OkAsync<JsonElement>(await api.GetAsync("/api/v1/channels/targets"));
        var byCode = targets.EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!);
        Assert.Equal("方正镇便民服务中心触摸屏", byCode["kiosk-town"].GetProperty("name").GetString());
        Assert.Equal(45, byCode["kiosk-town"].GetProperty("seconds").GetInt32());
        Assert.Equal(["230124-006"], byCode["led-forestry"].GetProperty("unitCodes").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("休闲广场LED大屏幕", byCode["led-square"].GetProperty("name").GetString());
        Assert.Empty(byCode["led-square"].GetProperty("unitCodes").EnumerateArray());
        Assert.False(byCode.ContainsKey("led-all"));
        Assert.False(byCode.ContainsKey("led-editor"));
    }
}
