using Gongkai.Appeals;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Tests.Reports;

public sealed class ReportChecksTests
{
    private static readonly DateOnly Jan = new(2023, 1, 10);

    private static AnnualReport2021 Consistent() => BuildAnnualReport.For2021(new ReportFacts(
        [new RequestFact("U", "natural", Jan, Jan.AddDays(5), "3.1"), new RequestFact("U", "commercial", new DateOnly(2022, 12, 30), null, null)],
        [new AppealFact("U", "review", Jan, Jan.AddDays(30), "upheld")], [], []), 2023, "U", "self", ReportTemplates.F2021);

    [Fact]
    public void Consistent_facts_pass_every_check()
    {
        var report = Consistent();
        Assert.Equal(7, report.Checks.Count);
        Assert.All(report.Checks, c => Assert.True(c.Ok, c.Rule));
    }

    public static TheoryData<string, Action<RequestTable, AppealTable>> Breakages => new()
    {
        { ReportChecks.Balance, (t, _) => { t.Rows["1"][0]++; t.Rows["1"][6]++; } },
        { ReportChecks.TotalColumn, (t, _) => { t.Rows["3.3.2"][6] += 5; t.Rows["3.7"][6] += 5; t.Rows["1"][6] += 5; } },
        { ReportChecks.ResultsTotal, (t, _) => { t.Rows["3.7"][0]++; t.Rows["3.7"][6]++; t.Rows["4"][0]--; t.Rows["4"][6]--; } },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_request_table_rule_fails_when_its_cells_disagree(string rule, Action<RequestTable, AppealTable> breakIt)
    {
        var report = Consistent();
        breakIt(report.Requests, report.Appeals);
        var checks = ReportChecks.Run(report.Requests, report.Appeals, null);
        Assert.Equal([rule], checks.Where(c => !c.Ok).Select(c => c.Rule));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", checks.Single(c => !c.Ok).Detail);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("litigationDirect")]
    [InlineData("litigationAfterReview")]
    public void Each_appeal_block_must_add_up(string block)
    {
        var report = Consistent();
        var bad = new AppealBlock(1, 0, 0, 0, 2);
        var appeals = block switch
        {
            "review" => report.Appeals with { Review = bad },
            "litigationDirect" => report.Appeals with { LitigationDirect = bad },
            _ => report.Appeals with { LitigationAfterReview = bad },
        };
        var failed = ReportChecks.Run(report.Requests, appeals, null).Where(c => !c.Ok).Select(c => c.Rule);
        Assert.Equal([ReportChecks.AppealBlockRule(block)], failed);
    }

    [Fact]
    public void This_years_carry_over_must_equal_last_years_carry_forward()
    {
        var report = Consistent();
        var lastYear = ComputeRequestTable.For([], 2022, ReportTemplates.F2021);
        var failed = ReportChecks.Run(report.Requests, report.Appeals, lastYear).Where(c => !c.Ok).ToList();
        Assert.Equal(ReportChecks.CarryOver, Assert.Single(failed).Rule);
        Assert.Contains("商业企业", failed[0].Detail);
    }

    [Fact]
    public void A_closed_request_whose_outcome_is_no_row_breaks_the_balance()
    {
        var report = BuildAnnualReport.For2021(new ReportFacts(
            [new RequestFact("U", "natural", Jan, Jan.AddDays(3), "9.9")], [], [], []), 2023, "U", "self", ReportTemplates.F2021);
        Assert.Equal([ReportChecks.Balance], report.FailedChecks.Select(c => c.Rule));
    }
}
