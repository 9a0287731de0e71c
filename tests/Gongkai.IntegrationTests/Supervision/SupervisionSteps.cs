using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Supervision;

/// <summary>Fresh units with no records (so their scores depend only on what a test does) and items published in them.</summary>
internal static class SupervisionSteps
{
    public static readonly object Scheme = new
    {
        rules = new object[]
        {
            new { indicator = "timelyRate", weight = 50 },
            new { indicator = "nearDuplicates", weight = 30, deduction = 10 },
            new { indicator = "requestsOverdue", weight = 20, deduction = 5 },
        },
    };

    public static async Task AddUnitAsync(TestApp app, string code, string name) =>
        await app.WithDbAsync(async db =>
        {
            var county = await db.Units.SingleAsync(u => u.Code == "230124");
            db.Units.Add(new Unit { Code = code, Name = name, Kind = UnitKind.Department, ParentId = county.Id, SortOrder = 900 });
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Publishes an item of <paramref name="unit"/> formed on <paramref name="formedOn"/> (the test clock is 2024-10-08).</summary>
    public static async Task<long> PublishAsync(ItemSteps steps, string unit, string title, string formedOn)
    {
        var draft = new
        {
            unit, title, body = "正文内容。", formedOn, kind = "general", catalogNode = "art20-02", channels = new[] { "website" },
        };
        var id = await steps.ApprovedAsync(draft);
        await steps.OkStepAsync(steps.Editor, id, "publish");
        return id;
    }

    public static async Task<JsonElement> ScoresAsync(HttpClient supervisor, int year = 2024) =>
        await HttpAssert.OkAsync<JsonElement>(await supervisor.GetAsync($"/api/v1/supervision/scores/{year}"));

    public static JsonElement UnitOf(JsonElement board, string code) =>
        board.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitCode").GetString() == code);

    public static async Task ConfigureAsync(HttpClient supervisor, int year = 2024) =>
        await HttpAssert.OkAsync<JsonElement>(await supervisor.PutAsJsonAsync($"/api/v1/supervision/schemes/{year}", Scheme));

}
