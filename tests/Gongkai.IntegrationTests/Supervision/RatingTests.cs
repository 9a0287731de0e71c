using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Supervision;

public sealed class RatingTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<(long Id, string Unit)> PublishedItemAsync() => app.WithDbAsync(async db =>
    {
        var item = await db.Items.Where(i => i.Status == ItemStatus.Published).OrderByDescending(i => i.Id).Select(i => new { i.Id, i.UnitId }).FirstAsync();
        return (item.Id, await db.Units.Where(u => u.Id == item.UnitId).Select(u => u.Code).SingleAsync());
    });

    [Fact]
    public async Task A_citizen_rates_an_item_the_comment_is_masked_and_shown_only_after_moderation()
    {
        var (itemId, unit) = await PublishedItemAsync();
        var citizen = app.Anonymous();
        var bad = await citizen.PostAsJsonAsync("/api/v1/public/ratings", new { itemId, level = "great" });
        await HttpAssert.ValidationErrorAsync(bad, "level");

        var receipt = await HttpAssert.OkAsync<JsonElement>(await citizen.PostAsJsonAsync("/api/v1/public/ratings",
            new { itemId, level = "unsatisfied", comment = "内容太简略，请联系我13912345678，身份证11010519491231002X" }), HttpStatusCode.Created);
        var masked = receipt.GetProperty("maskedComment").GetString()!;
        Assert.Contains("139****5678", masked);
        Assert.DoesNotContain("13912345678", masked);
        Assert.DoesNotContain("19491231", masked);
        Assert.Empty(await HttpAssert.OkAsync<JsonElement[]>(await citizen.GetAsync($"/api/v1/public/ratings?itemId={itemId}")));
        var stored = await app.WithDbAsync(db => db.Ratings.Select(r => r.Comment).ToListAsync());
        Assert.DoesNotContain(stored, c => c != null && c.Contains("13912345678"));

        var supervisor = await app.LoginAsync("supervisor");
        var pending = await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync("/api/v1/supervision/ratings"));
        var id = pending.EnumerateArray().Single(r => r.GetProperty("itemId").ValueKind == JsonValueKind.Number && r.GetProperty("itemId").GetInt64() == itemId).GetProperty("id").GetInt64();
        await HttpAssert.ValidationErrorAsync(await supervisor.PostAsJsonAsync($"/api/v1/supervision/ratings/{id}/moderate", new { decision = "maybe" }), "decision");
        await HttpAssert.OkAsync<JsonElement>(await supervisor.PostAsJsonAsync($"/api/v1/supervision/ratings/{id}/moderate", new { decision = "approve" }));
        await HttpAssert.ProblemAsync(await supervisor.PostAsJsonAsync($"/api/v1/supervision/ratings/{id}/moderate", new { decision = "reject" }), HttpStatusCode.Conflict);
        var shown = await HttpAssert.OkAsync<JsonElement>(await citizen.GetAsync($"/api/v1/public/ratings?itemId={itemId}"));
        Assert.Equal(masked, shown[0].GetProperty("comment").GetString());
        Assert.Equal("不满意", shown[0].GetProperty("levelName").GetString());

        var indicators = await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync($"/api/v1/supervision/indicators?period=2024-10&unit={unit}"));
        var satisfaction = indicators[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "satisfaction");
        Assert.Equal((0, 1), (satisfaction.GetProperty("count").GetInt32(), satisfaction.GetProperty("base").GetInt32()));
    }

    [Fact]
    public async Task A_request_is_rated_once_after_its_answer_with_its_number_and_query_code()
    {
        var (closed, open) = await app.WithDbAsync(async db => (
            await db.Requests.Where(r => r.Status == RequestStatus.Closed).Select(r => new { r.Number, r.QueryCode }).FirstAsync(),
            await db.Requests.Where(r => r.Status != RequestStatus.Closed).Select(r => new { r.Number, r.QueryCode }).FirstAsync()));
        var citizen = app.Anonymous();
        await HttpAssert.ProblemAsync(await citizen.PostAsJsonAsync("/api/v1/public/ratings",
            new { requestNumber = closed.Number, queryCode = "WRONG", level = "satisfied" }), HttpStatusCode.NotFound);
        await HttpAssert.ValidationErrorAsync(await citizen.PostAsJsonAsync("/api/v1/public/ratings", new { requestNumber = closed.Number, level = "satisfied" }), "queryCode");
        await HttpAssert.ProblemAsync(await citizen.PostAsJsonAsync("/api/v1/public/ratings",
            new { requestNumber = open.Number, queryCode = open.QueryCode, level = "satisfied" }), HttpStatusCode.Conflict);
        var ok = await citizen.PostAsJsonAsync("/api/v1/public/ratings", new { requestNumber = closed.Number, queryCode = closed.QueryCode, level = "fairlySatisfied" });
        var receipt = await HttpAssert.OkAsync<JsonElement>(ok, HttpStatusCode.Created);
        Assert.False(receipt.GetProperty("commentPending").GetBoolean());
        await HttpAssert.ProblemAsync(await citizen.PostAsJsonAsync("/api/v1/public/ratings",
            new { requestNumber = closed.Number, queryCode = closed.QueryCode, level = "satisfied" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_rating_page_carries_an_antiforgery_token_and_refuses_a_post_without_one()
    {
        var (itemId, _) = await PublishedItemAsync();
        var citizen = app.Anonymous();
        var page = await citizen.GetStringAsync($"/ratings?item={itemId}");
        Assert.Contains("__RequestVerificationToken", page);
        Assert.Contains("提交评价", page);
        var forged = await citizen.PostAsync("/ratings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Level"] = "satisfied",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Ratings.CountAsync(r => r.ItemId == itemId && r.Level == Gongkai.Supervision.RatingLevel.Satisfied)));
    }
}
