using Gongkai.Appeals;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Requests;

public sealed class DemoRequestsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_demo_2014_has_exactly_one_request_answered_by_the_county_government()
    {
        var facts = await app.WithDbAsync(async db => await RequestFacts.ForUnitsAsync(db, await db.Units.Select(u => u.Id).ToListAsync()));
        var in2014 = Assert.Single(facts, f => f.ReceivedOn.Year == 2014);
        Assert.Equal("230124", in2014.UnitCode);
        Assert.Equal(2014, in2014.ClosedOn?.Year);
        Assert.Equal("3.1", in2014.Outcome);
        var carried = Assert.Single(facts, f => f.OpenAtEndOf(2023));
        Assert.Equal(2024, carried.ClosedOn?.Year);
        Assert.True(facts.Count(f => f.ReceivedOn.Year is 2023 or 2024) >= 8);
        Assert.True(facts.Select(f => f.Outcome).Distinct().Count() >= 7);
        var appeals = await app.WithDbAsync(async db => await AppealFacts.ForUnitsAsync(db, await db.Units.Select(u => u.Id).ToListAsync()));
        Assert.Contains(appeals, a => a.Kind == "review" && a.Result == "upheld");
        Assert.Contains(appeals, a => a.Kind == "litigationAfterReview" && a.Result == "pending" && a.ClosedOn is null);
    }
}
