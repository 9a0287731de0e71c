using System.Net;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Channels;

/// <summary>The app with the 政务公开网 also answering on its own host name.</summary>
public sealed class GovAffairsSiteApp : TestApp
{
    public const string Host = "zwgk.fangzheng.example";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Channels:GovAffairsSite:Host"] = Host };
}

public sealed class GovAffairsSiteTests(GovAffairsSiteApp app) : IClassFixture<GovAffairsSiteApp>
{
    private async Task<string> PageAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        var response = await app.Anonymous().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return html;
    }

    private static object Draft(string title, params string[] channels) => new
    {
        unit = "230124-004", title, body = "<p>正文。</p>", formedOn = "2024-09-30", kind = "general", catalogNode = "seed-2", channels,
    };

    [Fact]
    public async Task Each_site_lists_only_the_items_targeted_to_it_with_its_own_look_under_its_path_and_its_host()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var gov = await steps.ApprovedAsync(Draft("仅政务公开网发布的政务公开测试信息", "govAffairsSite"));
        var web = await steps.ApprovedAsync(Draft("仅政府网站发布的网站测试信息", "website"));
        var both = await steps.ApprovedAsync(Draft("两个网站都发布的测试信息", "website", "govAffairsSite"));
        foreach (var id in new[] { gov, web, both })
        {
            await steps.OkStepAsync(steps.Editor, id, "publish");
        }

        var zwgkCatalog = await PageAsync("/zwgk/xxgk/catalog?unit=230124-004&year=2024");
        Assert.Contains("仅政务公开网发布的政务公开测试信息", zwgkCatalog);
        Assert.Contains("两个网站都发布的测试信息", zwgkCatalog);
        Assert.DoesNotContain("仅政府网站发布的网站测试信息", zwgkCatalog);
        Assert.Contains($"href=\"/zwgk/xxgk/items/{gov}\"", zwgkCatalog);
        Assert.Contains("site-zwgk", zwgkCatalog);
        Assert.Contains("方正县政务公开网", zwgkCatalog);

        var webCatalog = await PageAsync("/xxgk/catalog?unit=230124-004&year=2024");
        Assert.Contains("仅政府网站发布的网站测试信息", webCatalog);
        Assert.Contains("两个网站都发布的测试信息", webCatalog);
        Assert.DoesNotContain("仅政务公开网发布的政务公开测试信息", webCatalog);
        Assert.Contains($"href=\"/xxgk/items/{web}\"", webCatalog);
        Assert.DoesNotContain("site-zwgk", webCatalog);
        Assert.DoesNotContain("方正县政务公开网", webCatalog);

        var byHost = await PageAsync("/xxgk/unit/230124-004", GovAffairsSiteApp.Host);
        Assert.Contains("site-zwgk", byHost);
        Assert.Contains("<a class=\"brand\" href=\"/\">方正县政务公开网<span>政务公开</span></a>", byHost);
        Assert.Contains("仅政务公开网发布的政务公开测试信息", byHost);
        Assert.DoesNotContain("仅政府网站发布的网站测试信息", byHost);
        var webUnit = await PageAsync("/xxgk/unit/230124-004");
        Assert.Contains("仅政府网站发布的网站测试信息", webUnit);
        Assert.DoesNotContain("仅政务公开网发布的政务公开测试信息", webUnit);

        var item = await PageAsync($"/zwgk/xxgk/items/{gov}");
        Assert.Contains("仅政务公开网发布的政务公开测试信息", item);
        Assert.Contains("href=\"/zwgk/xxgk/catalog\"", item);
        Assert.Contains("site-zwgk", await PageAsync("/zwgk"));
    }
}
