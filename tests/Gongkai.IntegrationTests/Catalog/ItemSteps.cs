using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>Drives items through the API as the demo staff do.</summary>
internal sealed class ItemSteps(HttpClient editor, HttpClient reviewer, HttpClient approver)
{
    public static async Task<ItemSteps> LoginAsync(TestApp app) =>
        new(await app.LoginAsync("editor"), await app.LoginAsync("reviewer"), await app.LoginAsync("approver"));

    public HttpClient Editor => editor;
    public HttpClient Reviewer => reviewer;
    public HttpClient Approver => approver;

    public static object Draft(string title, string body = "正文内容。", string unit = "230124-003", string? repealedOn = null) => new
    {
        unit, title, body, formedOn = "2024-09-30", kind = "normativeDocument", documentNumber = "方财发〔2024〕1号",
        catalogNode = "art20-07", channels = new[] { "website", "serviceHall" }, repealedOn,
    };

    public async Task<JsonElement> CreateAsync(object draft)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/items", draft);
        var item = await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.NotNull(response.Headers.ETag);
        return item;
    }

    public Task<HttpResponseMessage> StepAsync(HttpClient who, long id, string step, object? body = null) =>
        who.PostAsJsonAsync($"/api/v1/items/{id}/{step}", body ?? new { });

    public async Task<JsonElement> OkStepAsync(HttpClient who, long id, string step, object? body = null) =>
        await HttpAssert.OkAsync<JsonElement>(await StepAsync(who, id, step, body));

    /// <summary>Creates an item and takes it to approved (签发).</summary>
    public async Task<long> ApprovedAsync(object draft)
    {
        var id = (await CreateAsync(draft)).GetProperty("id").GetInt64();
        await OkStepAsync(editor, id, "submit");
        await OkStepAsync(reviewer, id, "review", new { decision = "pass", comment = "无涉密内容" });
        await OkStepAsync(approver, id, "approve", new { decision = "pass", comment = "同意发布" });
        return id;
    }
}
