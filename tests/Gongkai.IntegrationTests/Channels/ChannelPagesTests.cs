using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

public sealed class ChannelPagesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_back_office_lists_targets_and_the_2014_split_and_an_admin_creates_a_target_with_errors_beside_the_fields()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var page = await admin.Client.GetStringAsync("/admin/channels?year=2014");
        Assert.Contains("休闲广场LED大屏幕", page);
        Assert.Contains("政府网站 <strong>972</strong> 条、政务公开网 <strong>349</strong> 条、综合行政服务大厅（窗口）<strong>1072</strong> 条，其他公开途径 <strong>2002</strong> 条", page);

        var bad = await admin.PostFormAsync("/admin/channels/edit", new() { ["Input.Code"] = "Bad Code", ["Input.Kind"] = "led", ["Input.Name"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("编码只能包含小写字母、数字和连字符", body);
        Assert.Contains("Input_Name-error", body);

        var ok = await admin.PostFormAsync("/admin/channels/edit", new()
        {
            ["Input.Code"] = "led-school", ["Input.Kind"] = "led", ["Input.Name"] = "一中门口LED屏", ["Input.Units"] = "230124-003，230124-004",
            ["Input.MaxLength"] = "16", ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var targets = await HttpAssert.OkAsync<JsonElement>(await (await app.LoginAsync("admin")).GetAsync("/api/v1/channels/targets"));
        var created = targets.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "led-school");
        Assert.Equal(["230124-003", "230124-004"], created.GetProperty("unitCodes").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(16, created.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task The_hall_and_kiosk_pages_render_the_demo_service_guides()
    {
        var client = app.Anonymous();
        var hall = await client.GetStringAsync("/hall/hall-1");
        foreach (var label in new[] { "设定依据", "办事程序", "申请条件", "申报材料", "收费依据", "收费标准", "投诉电话" })
        {
            Assert.Contains($"<dt>{label}</dt>", hall);
        }
        Assert.Contains("data:image/png;base64,", hall);
        Assert.Contains("办事指南（2024年版）", hall);
        var kiosk = await client.GetStringAsync("/kiosk/list?kind=serviceGuide");
        Assert.Contains("办事指南（2024年版）", kiosk);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hall/led-square")).StatusCode);
    }
}
