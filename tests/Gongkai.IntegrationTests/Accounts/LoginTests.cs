using System.Net;
using System.Net.Http.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Accounts;

public sealed class LoginTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Every_demo_login_gets_a_token()
    {
        foreach (var (userName, _, _, _) in Gongkai.Demo.DemoStaff.Logins)
        {
            var client = await app.LoginAsync(userName);
            Assert.NotNull(client.DefaultRequestHeaders.Authorization);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var admin = await app.LoginAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "victim", password = TestApp.Password, roles = new[] { "editor" }, units = new[] { "230124-004" } }))
            .EnsureSuccessStatusCode();
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "victim", password = "wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "victim", password = TestApp.Password });
        var problem = await HttpAssert.ProblemAsync(right, HttpStatusCode.Unauthorized);
        Assert.Contains("锁定", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var client = await app.LoginAsync("officer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task A_new_user_with_a_weak_password_is_refused_by_field()
    {
        var admin = await app.LoginAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "weak", password = "abc", roles = new[] { "editor" }, units = new[] { "230124-002" } });
        await HttpAssert.ValidationErrorAsync(response, "password");
    }

    [Fact]
    public async Task A_unit_administrator_cannot_create_an_administrator()
    {
        var unitAdmin = await app.LoginAsync("unitadmin");
        var response = await unitAdmin.PostAsJsonAsync("/api/v1/users", new { userName = "boss", password = "Passw0rd-long", roles = new[] { "admin" }, units = new[] { "230124" } });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
