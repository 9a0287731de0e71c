using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publishing;

public sealed class SubmitWarningsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Submit_warns_of_a_near_duplicate_of_the_same_unit()
    {
        var steps = await ItemSteps.LoginAsync(app);
        await steps.CreateAsync(ItemSteps.Draft("方正县2024年第三季度财政预算执行情况", unit: "230124-006"));
        var twin = (await steps.CreateAsync(ItemSteps.Draft("方正县2024年第三季度财政预算执行情况公告", unit: "230124-006"))).GetProperty("id").GetInt64();
        var other = (await steps.CreateAsync(ItemSteps.Draft("关于开展春季植树活动的通知", unit: "230124-006"))).GetProperty("id").GetInt64();

        var answer = await steps.OkStepAsync(steps.Editor, twin, "submit");
        Assert.Equal("方正县2024年第三季度财政预算执行情况", Assert.Single(answer.GetProperty("duplicates").EnumerateArray()).GetProperty("title").GetString());
        Assert.Empty((await steps.OkStepAsync(steps.Editor, other, "submit")).GetProperty("duplicates").EnumerateArray());
    }

    [Fact]
    public async Task Words_added_to_the_sensitive_list_are_found()
    {
        var admin = await app.LoginAsync("admin");
        var editor = await app.LoginAsync("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/sensitive-words", new { word = "某某事件" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/sensitive-words", new { word = "某某事件" })).StatusCode);
        var steps = await ItemSteps.LoginAsync(app);
        var id = (await steps.CreateAsync(ItemSteps.Draft("关于某某事件的情况通报"))).GetProperty("id").GetInt64();
        var submitted = await steps.OkStepAsync(steps.Editor, id, "submit");
        var finding = Assert.Single(submitted.GetProperty("findings").EnumerateArray());
        Assert.Equal("sensitiveWord", finding.GetProperty("kind").GetString());
        Assert.Equal("title", finding.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Regular_items_past_their_next_due_date_are_on_the_todo_list()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var todo = scope.ServiceProvider.GetServices<Gongkai.Admin.ITodoSource>().OfType<RegularItemsTodo>().Single();
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "test"));
        var tasks = (await todo.TasksAsync(admin)).ToList();
        // Demo service guides are regular (every 12 months); those of 2022 and 2023 are due by 2024-10-08.
        Assert.Equal(12, tasks.Single(t => t.Title.Contains("定期", StringComparison.Ordinal)).Count);
    }
}
