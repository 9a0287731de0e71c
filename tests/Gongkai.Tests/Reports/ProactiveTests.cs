using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Tests.Reports;

public sealed class ProactiveTests
{
    private static DocumentFact Doc(string kind, string? published, string? repealed, params string[] channels) => new("U", kind,
        published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        repealed is null ? null : DateOnly.Parse(repealed, System.Globalization.CultureInfo.InvariantCulture), channels);

    [Fact]
    public void Documents_count_as_issued_repealed_and_in_force_at_year_end()
    {
        DocumentFact[] docs =
        [
            Doc("normativeDocument", "2023-04-01", null),
            Doc("normativeDocument", "2021-04-01", "2023-06-01"),
            Doc("normativeDocument", "2022-04-01", null),
            Doc("normativeDocument", "2023-02-01", "2024-02-01"),
            Doc("normativeDocument", "2024-01-05", null),
            Doc("regulation", "2020-01-05", null),
            Doc("general", "2023-01-05", null),
        ];
        Assert.Equal(new DocumentCounts(2, 1, 3), ComputeProactive.Counts(docs, "normativeDocument", 2023));
        Assert.Equal(new DocumentCounts(0, 0, 1), ComputeProactive.Counts(docs, "regulation", 2023));
    }

    [Fact]
    public void Statistics_of_the_year_are_summed_over_the_units_and_fees_become_wan_yuan()
    {
        var facts = new ReportFacts([], [], [],
        [
            new ProactiveFigures("A", 2023, 10, 2, 1, 1_234_500), new ProactiveFigures("B", 2023, 5, 0, 0, 10_000_000),
            new ProactiveFigures("A", 2022, 99, 99, 99, 99),
        ]);
        var p = ComputeProactive.For2021(facts, 2023);
        Assert.Equal((15, 2, 1, 11.2345m), (p.Licensing, p.Punishment, p.Enforcement, p.FeesWan));
    }

    [Fact]
    public void The_2008_split_goes_by_the_first_channel()
    {
        DocumentFact[] docs =
        [
            Doc("general", "2014-03-01", null, "website", "serviceHall"),
            Doc("general", "2014-03-01", null, "govAffairsSite"),
            Doc("general", "2014-03-01", null, "serviceHall", "website"),
            Doc("general", "2014-03-01", null, "led", "website"),
            Doc("general", "2014-03-01", null, "kiosk"),
            Doc("general", "2014-03-01", null),
            Doc("general", "2013-03-01", null, "website"),
        ];
        var p = ComputeProactive.For2008(docs, 2014);
        Assert.Equal(new Proactive2008(6, new ChannelSplit(1, 1, 1, 3)), p);
    }

    [Fact]
    public void The_seed_figures_come_out_of_matching_facts()
    {
        var docs = Enumerable.Repeat("website", 972).Concat(Enumerable.Repeat("govAffairsSite", 349))
            .Concat(Enumerable.Repeat("serviceHall", 1072)).Concat(Enumerable.Repeat("led", 1000)).Concat(Enumerable.Repeat("kiosk", 1002))
            .Select(c => Doc("general", "2014-06-01", null, c)).ToList();
        var facts = new ReportFacts([new RequestFact("U", "natural", new DateOnly(2014, 5, 1), new DateOnly(2014, 5, 10), "3.1")], [], docs, []);
        var report = (AnnualReport2008)BuildAnnualReport.For(facts, 2014, "230124", "tree", ReportTemplates.F2008);
        Assert.Equal(new Proactive2008(4395, new ChannelSplit(972, 349, 1072, 2002)), report.Proactive);
        Assert.Equal(new Requests2008(1, 1, 1), report.Requests);
        Assert.Equal(new Appeals2008(0, 0), report.Appeals);
    }

    [Fact]
    public void Requests_not_processed_are_received_but_not_accepted_and_appeals_split_into_review_and_litigation()
    {
        var y = new DateOnly(2014, 3, 1);
        var facts = new ReportFacts(
            [new RequestFact("U", "natural", y, y, "3.5.1"), new RequestFact("U", "natural", y, null, null), new RequestFact("U", "natural", y, y, "3.2")],
            [new AppealFact("U", "review", y, null, "pending"), new AppealFact("U", "litigationDirect", y, y, "upheld"), new AppealFact("U", "litigationAfterReview", y, y, "other")],
            [], []);
        var report = (AnnualReport2008)BuildAnnualReport.For(facts, 2014, "U", "self", ReportTemplates.F2008);
        Assert.Equal(new Requests2008(3, 2, 1), report.Requests);
        Assert.Equal(new Appeals2008(1, 2), report.Appeals);
    }

    [Fact]
    public void Appeals_are_counted_by_their_result_at_year_end()
    {
        var filed = new DateOnly(2023, 11, 1);
        var table = ComputeAppealTable.For(
        [
            new AppealFact("U", "review", filed, new DateOnly(2023, 12, 1), "upheld"),
            new AppealFact("U", "review", filed, new DateOnly(2024, 1, 10), "corrected"),
            new AppealFact("U", "litigationDirect", filed, new DateOnly(2023, 12, 1), "corrected"),
            new AppealFact("U", "litigationAfterReview", filed, new DateOnly(2023, 12, 1), "other"),
            new AppealFact("U", "review", new DateOnly(2022, 5, 1), new DateOnly(2023, 2, 1), "upheld"),
        ], 2023);
        Assert.Equal(new AppealBlock(1, 0, 0, 1, 2), table.Review);
        Assert.Equal(new AppealBlock(0, 1, 0, 0, 1), table.LitigationDirect);
        Assert.Equal(new AppealBlock(0, 0, 1, 0, 1), table.LitigationAfterReview);
    }

    [Theory]
    [InlineData(2024, "2021")]
    [InlineData(2021, "2021")]
    [InlineData(2020, "2019")]
    [InlineData(2019, "2019")]
    [InlineData(2014, "2008")]
    public void The_default_template_follows_the_year(int year, string template) => Assert.Equal(template, ReportTemplates.DefaultFor(year));
}
