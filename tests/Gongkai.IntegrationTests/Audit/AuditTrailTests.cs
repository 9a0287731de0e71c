using System.Net.Http.Json;
using Gongkai.Audit;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Every_staff_change_is_audited_with_who_and_what()
    {
        await using var app = new DisposableApp();
        await app.InitializeAsync();
        var admin = await app.LoginAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = "230124-070", name = "方正县审计局", kind = "department", parentCode = "230124" })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/v1/units/230124-070", new { name = "方正县审计局（更名）", kind = "department", parentCode = "230124" })).EnsureSuccessStatusCode();

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Unit").OrderBy(e => e.Sequence).ToListAsync());
        var created = Assert.Single(entries, e => e.Action == "created" && e.Changes!.Contains("方正县审计局"));
        Assert.Equal("admin", created.Actor);
        var updated = Assert.Single(entries, e => e.Action == "updated" && e.EntityId == created.EntityId);
        Assert.Contains("更名", updated.Changes);
        Assert.Equal("230124", updated.UnitCode);
    }

    [Fact]
    public async Task Verification_detects_an_edited_row()
    {
        await using var app = new DisposableApp();
        await app.InitializeAsync();
        var ok = await app.WithDbAsync(db => new VerifyAuditChain(db).RunAsync());
        Assert.True(ok.Ok);
        Assert.True(ok.Checked > 10);

        var victim = await app.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Skip(5).Select(e => e.Id).FirstAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'mallory' WHERE \"Id\" = {0}", victim));

        var broken = await app.WithDbAsync(db => new VerifyAuditChain(db).RunAsync());
        Assert.False(broken.Ok);
        Assert.Equal(6, broken.BrokenAt);
    }

    [Fact]
    public async Task Verification_detects_a_deleted_row()
    {
        await using var app = new DisposableApp();
        await app.InitializeAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3"));
        var broken = await app.WithDbAsync(db => new VerifyAuditChain(db).RunAsync());
        Assert.False(broken.Ok);
        Assert.Equal(3, broken.BrokenAt);
    }

    private sealed class DisposableApp : TestApp, IAsyncDisposable
    {
        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
    }
}
