using System.Net;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Supervision;

/// <summary>The rating form on the output-cached public item page: no visitor token in the shared HTML, a fresh token per visitor.</summary>
public sealed class ItemPageRatingTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<long> PublishedItemAsync() => app.WithDbAsync(db =>
        db.Items.Where(i => i.Status == ItemStatus.Published).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());

    [Fact]
    public async Task The_cached_item_page_carries_the_form_without_a_token_and_each_visitor_posts_with_their_own()
    {
        var itemId = await PublishedItemAsync();
        var first = new CookieBrowser(app).Client;
        var miss = await first.GetAsync($"/xxgk/items/{itemId}");
        var html = await miss.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Contains("class=\"rating-form\"", html);
        Assert.Contains("data-token-url=\"/ratings/token\"", html);
        Assert.Contains($"name=\"Form.ItemId\" value=\"{itemId}\"", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.False(miss.Headers.Contains("Set-Cookie"), "the shared page must not set a visitor cookie");

        // A second visitor gets the same page from the output cache, then fetches a token of their own and posts.
        var second = new CookieBrowser(app).Client;
        var hit = await second.GetAsync($"/xxgk/items/{itemId}");
        Assert.True(hit.Headers.Age is not null, "the item page was not served from the output cache");
        Assert.Equal(html, await hit.Content.ReadAsStringAsync());
        var tokenAnswer = await second.GetAsync("/ratings/token");
        Assert.Equal("no-store", tokenAnswer.Headers.CacheControl?.ToString());
        var token = JsonSerializer.Deserialize<JsonElement>(await tokenAnswer.Content.ReadAsStringAsync());
        Assert.Equal("__RequestVerificationToken", token.GetProperty("field").GetString());
        var before = await app.WithDbAsync(db => db.Ratings.CountAsync(r => r.ItemId == itemId));
        var posted = await second.PostAsync("/ratings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["item"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Level"] = "fairlySatisfied", ["Form.Comment"] = "", ["__RequestVerificationToken"] = token.GetProperty("token").GetString()!,
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("感谢您的评价", await posted.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Ratings.CountAsync(r => r.ItemId == itemId)));

        // The first visitor cannot use the second one's token (it is bound to the second's cookie), nor post without one.
        var stolen = await first.PostAsync("/ratings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Level"] = "satisfied",
            ["__RequestVerificationToken"] = token.GetProperty("token").GetString()!,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Ratings.CountAsync(r => r.ItemId == itemId)));
    }

    [Fact]
    public async Task Without_script_the_form_leads_to_the_uncached_rating_page_with_its_own_token()
    {
        var itemId = await PublishedItemAsync();
        var visitor = new CookieBrowser(app).Client;
        var page = await visitor.GetAsync($"/ratings?Form.ItemId={itemId}&item={itemId}&Form.Level=satisfied");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("__RequestVerificationToken", html);
        Assert.Contains("method=\"post\"", html);
        Assert.Contains("评价对象：", html);
    }
}
