using Gongkai.Catalog;
using Gongkai.Channels;
using Gongkai.Portal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Tests.Channels;

public class SiteAndScreenRulesTests
{
    [Theory]
    [InlineData("www.fangzheng.example", "/xxgk/catalog", null, null, "website", "", "/xxgk/catalog")]
    [InlineData("www.fangzheng.example", "/zwgk", null, null, "govAffairsSite", "/zwgk", "/")]
    [InlineData("www.fangzheng.example", "/zwgk/xxgk/items/5", null, null, "govAffairsSite", "/zwgk", "/xxgk/items/5")]
    [InlineData("www.fangzheng.example", "/ZWGK/search", null, null, "govAffairsSite", "/zwgk", "/search")]
    [InlineData("www.fangzheng.example", "/zwgkx/search", null, null, "website", "", "/zwgkx/search")]
    [InlineData("www.fangzheng.example", "/zwgk/api/v1/public/items", null, null, "website", "", "/zwgk/api/v1/public/items")]
    [InlineData("www.fangzheng.example", "/zwgk/admin", null, null, "website", "", "/zwgk/admin")]
    [InlineData("zwgk.fangzheng.example", "/xxgk/catalog", "zwgk.fangzheng.example", null, "govAffairsSite", "", "/xxgk/catalog")]
    [InlineData("ZWGK.fangzheng.example", "/", "zwgk.fangzheng.example", null, "govAffairsSite", "", "/")]
    [InlineData("www.fangzheng.example", "/gk/xxgk", null, "/gk/", "govAffairsSite", "/gk", "/xxgk")]
    [InlineData("www.fangzheng.example", "/zwgk/xxgk", null, "/gk", "website", "", "/zwgk/xxgk")]
    public async Task A_request_is_for_the_gov_affairs_site_by_host_or_path(string host, string path, string? configuredHost, string? configuredPath,
        string channel, string pathBase, string rest)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:GovAffairsSite:Host"] = configuredHost, ["Channels:GovAffairsSite:Path"] = configuredPath,
        }).Build();
        var http = new DefaultHttpContext();
        (http.Request.Host, http.Request.Path) = (new HostString(host), new PathString(path));
        var ran = false;
        await PortalSites.SelectAsync(http, PortalSites.Settings.From(configuration), () => { ran = true; return Task.CompletedTask; });
        Assert.True(ran);
        Assert.Equal((channel, pathBase, rest), (PortalSites.Channel(http), http.Request.PathBase.Value ?? "", http.Request.Path.Value));
    }

    private static ScreenOption Led(int? max, bool shows) => new("c", ItemChannels.Led, "n", null, [], max, false, shows);

    public static TheoryData<ScreenOption[], int> Limits => new()
    {
        { [], 60 },
        { [Led(24, true), Led(40, true)], 24 },
        { [Led(10, false), Led(40, true)], 40 },
        { [Led(null, true), Led(80, true)], 60 },
        { [new ScreenOption("h", ItemChannels.ServiceHall, "n", null, [], 5, false, true)], 60 },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void The_LED_text_limit_is_the_tightest_of_the_LED_screens_showing_the_item(ScreenOption[] screens, int expected) =>
        Assert.Equal(expected, EditChannelTexts.LedLimit(screens));
}
