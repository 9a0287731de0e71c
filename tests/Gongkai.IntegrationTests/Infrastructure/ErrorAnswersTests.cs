using System.Net;
using System.Net.Http.Json;

namespace Gongkai.IntegrationTests.Infrastructure;

public sealed class ErrorAnswersTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_unknown_page_answers_404_with_the_chinese_error_page()
    {
        var response = await app.Anonymous().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_api_path_answers_problem_details()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/public/nothing-here");
        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var client = await app.LoginAsync("admin");
        var response = await client.PostAsync("/api/v1/units", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var openApi = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _));
    }
}
