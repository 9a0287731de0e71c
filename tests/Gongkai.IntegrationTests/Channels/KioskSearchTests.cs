using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Channels;

/// <summary>The kiosk search of one screen finds what that screen lists, not the items targeted to other screens.</summary>
public sealed class KioskSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static object Draft(string title) => new
    {
        unit = "230124-006", title, body = "<p>青松岭林场防火正文。</p>", formedOn = "2024-09-30", kind = "normativeDocument",
        documentNumber = "方测发〔2024〕2号", catalogNode = "art20-07", channels = new[] { "website", "kiosk" },
    };

    private async Task<List<long>> FoundAsync(string home, string q = "青松岭")
    {
        var answer = await HttpAssert.OkAsync<JsonElement>(
            await app.Anonymous().GetAsync($"{home}/search?handler=results&q={Uri.EscapeDataString(q)}"));
        var ids = answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Count, answer.GetProperty("total").GetInt32());
        return ids;
    }

    [Fact]
    public async Task A_screens_search_keeps_to_the_items_that_screen_lists()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        var admin = await app.LoginAsync("admin");
        foreach (var code in new[] { "kiosk-north", "kiosk-south" })
        {
            await HttpAssert.OkAsync<JsonElement>(await admin.PostAsJsonAsync("/api/v1/channels/targets", new
            {
                code, kind = "kiosk", name = "触摸屏" + code, place = "测试大厅", units = new[] { "230124-006" }, seconds = 60,
            }), HttpStatusCode.Created);
        }
        var steps = await ItemSteps.LoginAsync(app);
        var north = (await steps.CreateAsync(Draft("青松岭林场只在北厅触摸屏显示的通知"))).GetProperty("id").GetInt64();
        await steps.OkStepAsync(steps.Editor, north, "submit");
        await steps.OkStepAsync(steps.Reviewer, north, "review", new { decision = "pass", comment = "无涉密内容" });
        await steps.OkStepAsync(steps.Approver, north, "approve", new { decision = "pass", comment = "同意", screens = new[] { "kiosk-north" } });
        await steps.OkStepAsync(steps.Editor, north, "publish");
        var every = await steps.ApprovedAsync(Draft("青松岭林场所有触摸屏都显示的通知"));
        await steps.OkStepAsync(steps.Editor, every, "publish");
        await sync.DrainOnceAsync();

        long[] both = [.. new[] { every, north }.Order()];
        Assert.Equal(both, (await FoundAsync("/kiosk")).Order());
        Assert.Equal(both, (await FoundAsync("/kiosk/kiosk-north")).Order());
        Assert.Equal([every], await FoundAsync("/kiosk/kiosk-south"));
        Assert.Empty(await FoundAsync("/kiosk/kiosk-south", "北厅"));
        Assert.Equal([north], await FoundAsync("/kiosk/kiosk-north", "北厅"));

        var client = app.Anonymous();
        var page = await client.GetStringAsync("/kiosk/kiosk-south/search");
        Assert.Contains("data-home=\"/kiosk/kiosk-south\"", page, StringComparison.Ordinal);
        Assert.Contains("fetch(document.body.dataset.home + '/search?handler=results&q='", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/v1/public/search", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kiosk/no-such-kiosk/search?handler=results&q=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kiosk/kiosk-south/items/{north}")).StatusCode);
        Assert.Contains("青松岭林场只在北厅触摸屏显示的通知", await client.GetStringAsync($"/kiosk/kiosk-north/items/{north}"), StringComparison.Ordinal);
    }
}
