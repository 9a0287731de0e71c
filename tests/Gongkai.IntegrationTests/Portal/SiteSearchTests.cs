using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>Each public site searches what is published to it; the public API searches everything unless asked for a channel.</summary>
public sealed class SiteSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static object Draft(string title, params string[] channels) => new
    {
        unit = "230124-003", title, body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "normativeDocument",
        documentNumber = "方财发〔2024〕9号", catalogNode = "art20-07", channels,
    };

    private async Task<List<long>> ApiAsync(string more) =>
        (await HttpAssert.OkAsync<JsonElement>(await app.Anonymous().GetAsync("/api/v1/public/search?q=" + Uri.EscapeDataString("鹿鸣湖") + more)))
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToList();

    [Fact]
    public async Task An_item_only_on_one_site_is_found_by_that_sites_search_and_not_the_others()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        var steps = await ItemSteps.LoginAsync(app);
        var govAffairs = await steps.ApprovedAsync(Draft("鹿鸣湖景区门票价格政务公开", "govAffairsSite"));
        var website = await steps.ApprovedAsync(Draft("鹿鸣湖景区开放时间网站公告", "website"));
        var kiosk = await steps.ApprovedAsync(Draft("鹿鸣湖景区游览须知", "kiosk"));
        foreach (var id in new[] { govAffairs, website, kiosk })
        {
            await steps.OkStepAsync(steps.Editor, id, "publish");
        }
        await sync.DrainOnceAsync();

        var client = app.Anonymous();
        var onGovAffairs = await client.GetStringAsync("/zwgk/search?q=" + Uri.EscapeDataString("鹿鸣湖"));
        var onWebsite = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("鹿鸣湖"));
        Assert.Contains($"items/{govAffairs}\"", onGovAffairs, StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{website}\"", onGovAffairs, StringComparison.Ordinal);
        Assert.Contains($"items/{website}\"", onWebsite, StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{govAffairs}\"", onWebsite, StringComparison.Ordinal);
        Assert.DoesNotContain($"items/{kiosk}\"", onWebsite + onGovAffairs, StringComparison.Ordinal);

        Assert.Equal(new[] { govAffairs, website, kiosk }.Order(), (await ApiAsync("")).Order());
        Assert.Equal([govAffairs], await ApiAsync("&channel=govAffairsSite"));
        Assert.Equal([kiosk], await ApiAsync("&channel=kiosk"));
        await HttpAssert.ValidationErrorAsync(await client.GetAsync("/api/v1/public/search?q=x&channel=tv"), "channel");
    }
}
