using System.Net;
using System.Net.Http.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Accounts;

/// <summary>Every change to staff accounts leaves an audit entry: creation, unlock, password reset.</summary>
public sealed class StaffChangeAuditTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Creating_a_user_is_audited()
    {
        var admin = await app.LoginAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "audited-new", password = TestApp.Password, roles = new[] { "editor" }, units = new[] { "230124-003" } }))
            .EnsureSuccessStatusCode();
        var id = await UserIdAsync("audited-new");
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "StaffUser" && e.EntityId == id && e.Action == "created"));
        Assert.Equal("admin", entry.Actor);
        Assert.DoesNotContain("PasswordHash", entry.Changes);
    }

    [Fact]
    public async Task Unlocking_a_locked_account_is_audited_and_lets_the_user_in()
    {
        await CreateLockedAsync("audited-locked");
        var unitAdmin = await app.LoginAsync("unitadmin");
        Assert.Equal(HttpStatusCode.NoContent, (await unitAdmin.PostAsync("/api/v1/users/audited-locked/unlock", null)).StatusCode);
        var id = await UserIdAsync("audited-locked");
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == id && e.Action == "unlock"));
        Assert.Equal("unitadmin", entry.Actor);
        await app.LoginAsync("audited-locked");
    }

    [Fact]
    public async Task A_password_reset_is_audited_without_the_password_and_the_new_one_works()
    {
        await CreateLockedAsync("audited-reset");
        var admin = await app.LoginAsync("admin");
        var weak = await admin.PostAsJsonAsync("/api/v1/users/audited-reset/password", new { newPassword = "short" });
        await HttpAssert.ValidationErrorAsync(weak, "newPassword");
        var id = await UserIdAsync("audited-reset");
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == id && e.Action == "passwordReset")));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/v1/users/audited-reset/password", new { newPassword = "Brand-new-2026" })).StatusCode);
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id && e.Sequence > 0).ToListAsync());
        Assert.Single(entries, e => e.Action == "passwordReset" && e.Actor == "admin");
        Assert.All(entries, e => Assert.DoesNotContain("Brand-new-2026", e.Changes ?? ""));
        await app.LoginAsync("audited-reset", "Brand-new-2026");
    }

    [Fact]
    public async Task A_unit_administrator_cannot_touch_an_account_outside_their_scope()
    {
        var admin = await app.LoginAsync("admin");
        var fgjAdmin = new { userName = "fgj-admin", password = TestApp.Password, roles = new[] { "unitAdmin" }, units = new[] { "230124-002" } };
        (await admin.PostAsJsonAsync("/api/v1/users", fgjAdmin)).EnsureSuccessStatusCode();
        var scoped = await app.LoginAsync("fgj-admin");
        await HttpAssert.ProblemAsync(await scoped.PostAsync("/api/v1/users/editor/unlock", null), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await scoped.PostAsJsonAsync("/api/v1/users/admin/password", new { newPassword = "Hijack-2026-x" }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await scoped.PostAsync("/api/v1/users/editor-fgj/unlock", null)).StatusCode);
    }

    private async Task CreateLockedAsync(string userName)
    {
        var admin = await app.LoginAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName, password = TestApp.Password, roles = new[] { "editor" }, units = new[] { "230124-005" } }))
            .EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++)
        {
            await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "wrong-password-1" });
        }
        var refused = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = TestApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private Task<string> UserIdAsync(string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
