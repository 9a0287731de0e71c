using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

public sealed class RequestAuditTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Filing_and_each_step_are_audited_without_personal_data()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-27");
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, filed.Number, new { type = "reply", at = "2024-10-08", outcome = "3.1" });
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == filed.Number).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Actor, e.Changes }).ToListAsync());
        Assert.Equal(["file", "accept", "reply"], entries.Select(e => e.Action).ToArray());
        Assert.All(entries, e => Assert.Equal("officer", e.Actor));
        var created = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Request" && e.Action == "created").Select(e => e.Changes!).ToListAsync());
        Assert.NotEmpty(created);
        Assert.All(created, c => Assert.DoesNotContain(ValidId, c));
        Assert.Contains(created, c => c.Contains("***"));
    }
}
