using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Appeals;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Reports;
using Gongkai.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.IntegrationTests.Reports;

/// <summary>The app with hand-built request and appeal facts behind the <see cref="IReportFacts"/> seam.</summary>
public sealed class FactsApp : TestApp
{
    public static readonly DateOnly Day = new(2023, 4, 3);

    protected override bool FromTemplate => false; // the demo's reports are built from these facts when seeded

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Scoped<IReportFacts>(_ => new HandBuiltFacts()));

    private sealed class HandBuiltFacts : IReportFacts
    {
        public Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct) => Task.FromResult(new ReportFacts(
        [
            new RequestFact("230124-009", "natural", Day, Day.AddDays(10), "3.1"),
            new RequestFact("230124-009", "natural", Day, Day.AddDays(10), "3.2"),
            new RequestFact("230124-009", "legalService", new DateOnly(2022, 12, 28), Day, "3.4.1"),
            new RequestFact("230124-009", "commercial", new DateOnly(2023, 12, 29), null, null),
            // A reply whose outcome is no row of the table: the data are inconsistent for 230124-010.
            new RequestFact("230124-010", "natural", Day, Day.AddDays(3), "3.9"),
        ],
        [
            new AppealFact("230124-009", "review", Day, Day.AddDays(30), "upheld"),
            new AppealFact("230124-009", "litigationAfterReview", Day, null, "pending"),
        ], [], []) is var all
            ? all with { Requests = [.. all.Requests.Where(r => unitCodes.Contains(r.UnitCode))], Appeals = [.. all.Appeals.Where(a => unitCodes.Contains(a.UnitCode))] }
            : all);
    }
}

public sealed class InconsistentFactsTests(FactsApp app) : IClassFixture<FactsApp>
{
    [Fact]
    public async Task The_json_report_matches_the_expected_tables_cell_by_cell()
    {
        var staff = await app.LoginAsync("editor");
        var report = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync("/api/v1/reports/annual?year=2023&unit=230124-009"));
        var rows = report.GetProperty("requests").GetProperty("rows");
        var expected = new Dictionary<string, int[]>
        {
            ["1"] = [2, 1, 0, 0, 0, 0, 3],
            ["2"] = [0, 0, 0, 0, 1, 0, 1],
            ["3.1"] = [1, 0, 0, 0, 0, 0, 1],
            ["3.2"] = [1, 0, 0, 0, 0, 0, 1],
            ["3.4.1"] = [0, 0, 0, 0, 1, 0, 1],
            ["3.7"] = [2, 0, 0, 0, 1, 0, 3],
            ["4"] = [0, 1, 0, 0, 0, 0, 1],
        };
        foreach (var row in rows.EnumerateObject())
        {
            var cells = row.Value.EnumerateArray().Select(c => c.GetInt32()).ToArray();
            Assert.True((expected.TryGetValue(row.Name, out var want) ? want : new int[7]).SequenceEqual(cells), $"row {row.Name}: {string.Join(",", cells)}");
        }
        var appeals = report.GetProperty("appeals");
        Assert.Equal(1, appeals.GetProperty("review").GetProperty("upheld").GetInt32());
        Assert.Equal(1, appeals.GetProperty("litigationAfterReview").GetProperty("pending").GetInt32());
        Assert.All(report.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("ok").GetBoolean(), c.ToString()));
    }

    [Fact]
    public async Task Publication_is_refused_with_the_failing_rule_named()
    {
        var approver = await app.LoginAsync("approver");
        var problem = await HttpAssert.ProblemAsync(
            await approver.PostAsJsonAsync("/api/v1/reports/annual/230124-010/2023/publish", new { }), HttpStatusCode.Conflict);
        Assert.Contains("1+2=3.7+4", problem.GetProperty("detail").GetString());
        var draft = await HttpAssert.OkAsync<JsonElement>(await approver.GetAsync("/api/v1/reports/annual?year=2023&unit=230124-010"));
        Assert.Contains(draft.GetProperty("checks").EnumerateArray(), c => c.GetProperty("rule").GetString() == "1+2=3.7+4" && !c.GetProperty("ok").GetBoolean());
        await HttpAssert.ProblemAsync(await app.Anonymous().GetAsync("/api/v1/reports/annual?year=2023&unit=230124-010"), HttpStatusCode.NotFound);
    }
}
