using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.BrowserTests.Infrastructure;

namespace Gongkai.BrowserTests.Channels;

/// <summary>Bearer-token clients on the live app, to drive the workflow while a page is open.</summary>
internal static class StaffApi
{
    public static async Task<HttpClient> LoginAsync(LiveApp app, string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Url) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = LiveApp.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> PostOkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Creates an item and takes it through review, sign-off and publication.</summary>
    public static async Task<long> PublishAsync(LiveApp app, object draft)
    {
        var editor = await LoginAsync(app, "editor");
        var reviewer = await LoginAsync(app, "reviewer");
        var approver = await LoginAsync(app, "approver");
        var id = (await PostOkAsync(editor, "/api/v1/items", draft)).GetProperty("id").GetInt64();
        await PostOkAsync(editor, $"/api/v1/items/{id}/submit", new { });
        await PostOkAsync(reviewer, $"/api/v1/items/{id}/review", new { decision = "pass", comment = "无涉密内容" });
        await PostOkAsync(approver, $"/api/v1/items/{id}/approve", new { decision = "pass", comment = "同意" });
        await PostOkAsync(editor, $"/api/v1/items/{id}/publish", new { });
        return id;
    }
}
