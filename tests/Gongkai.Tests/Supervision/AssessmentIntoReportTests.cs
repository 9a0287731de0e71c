using Gongkai.Reports;
using Gongkai.Supervision;

namespace Gongkai.Tests.Supervision;

/// <summary>The year's assessment results feed the government's annual report: section 一 (监督保障) and section 五 (条例 第五十条(四)).</summary>
public sealed class AssessmentIntoReportTests
{
    private static readonly RecordRef Late = new("item", "9", "迟发的信息", "/admin/items/9");

    private static UnitScore Unit(int rank, string code, string name, decimal total, params RulePoints[] parts) =>
        new(rank, code, name, total, 0, total, rank, parts, []);

    private static ScoreBoard Board() => new(2024, "2024", "2024年度", new DateOnly(2024, 12, 31), Scorecard.DefaultRules,
    [
        Unit(1, "230124-001", "方正县甲局", 95),
        Unit(2, "230124-002", "方正县乙局", 55, new RulePoints(Indicators.TimelyRate, "及时公开率", 30, 0, "及时公开率0%", [Late])),
    ]);

    [Fact]
    public void The_summary_and_the_problems_are_composed_from_the_scores_and_rectifications()
    {
        var figures = AssessmentFigures.Compose(Board(), tasks: 3, closed: 2);
        Assert.Equal("按照《2024年度政府信息公开工作考核方案》，依据平台工作记录对2个单位进行了考核，平均得分75分，方正县甲局受到通报表扬，方正县乙局被通报批评；下达整改任务3件，已整改销号2件。",
            figures["assessment.summary"]);
        Assert.Equal("年度考核发现的主要问题：及时公开率1项（1个单位），已逐项督促有关单位整改。", figures["assessment.problems"]);
    }

    [Fact]
    public void A_satisfaction_score_is_traced_to_the_unsatisfied_ratings_only()
    {
        var facts = SupervisionFacts.Empty with
        {
            Ratings = [new(1, 7, new DateOnly(2024, 3, 1), RatingLevel.Satisfied, ItemId: 1), new(2, 7, new DateOnly(2024, 3, 2), RatingLevel.Unsatisfied, ItemId: 1)],
        };
        var value = ComputeIndicators.For(facts, 7, Period.OfYear(2024), new DateOnly(2024, 12, 31), Gongkai.Calendar.WorkingCalendar.Bundled)
            .Single(v => v.Key == Indicators.Satisfaction);
        Assert.Equal(2, value.Records.Count);
        var part = Scorecard.Score(new SchemeRule(Indicators.Satisfaction, 10), value);
        Assert.Equal((5m, "2"), (part.Points, part.Records.Single().Id));
    }

    public static TheoryData<string, string, string> Placements => new()
    {
        { ReportTemplates.F2021, "1", "（五）监督保障。" },
        { ReportTemplates.F2021, "5", "年度考核发现的主要问题" },
        { ReportTemplates.F2019, "1", "（五）监督保障。" },
        { ReportTemplates.F2008, "1", "考评结果纳入岗位目标责任制。" },
    };

    [Theory]
    [MemberData(nameof(Placements))]
    public void The_results_land_in_the_sections_of_each_template(string template, string section, string near)
    {
        var report = BuildAnnualReport.For(ReportFacts.Empty, 2024, "230124", "tree", template);
        var figures = AssessmentFigures.Compose(Board(), 3, 2);
        var text = ReportDocument.Compose(report, "方正县人民政府", extra: figures).Section(section)!.Text;
        Assert.Contains(near, text);
        var expected = section == "5" ? figures["assessment.problems"] : figures["assessment.summary"];
        Assert.Contains(expected, text);
        // and where no assessment was made, the placeholders leave no trace
        Assert.DoesNotContain("{assessment", ReportDocument.Compose(report, "方正县人民政府").Section(section)!.Text);
    }
}
