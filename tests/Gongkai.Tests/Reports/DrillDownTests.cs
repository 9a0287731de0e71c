using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.Reports.Rendering;
using Gongkai.Requests;

namespace Gongkai.Tests.Reports;

public sealed class DrillDownTests
{
    private static readonly DateOnly Day = new(2023, 3, 1);

    private static Keyed<T> K<T>(T fact, string id) => new(fact, new ReportRecord("x", id, id, "/" + id, "U"));

    /// <summary>Requests across years and outcomes, appeals of every block, documents and decisions of two units (B entered figures).</summary>
    private static KeyedReportFacts Sample() => new(
        [
            K(new RequestFact("A", "natural", Day, Day.AddDays(10), "3.1"), "r1"),
            K(new RequestFact("A", "commercial", Day, Day.AddDays(12), "3.2"), "r2"),
            K(new RequestFact("A", "natural", new DateOnly(2022, 12, 30), null, null), "r3"),
            K(new RequestFact("B", "legalService", new DateOnly(2022, 11, 1), new DateOnly(2023, 1, 5), "3.3.4"), "r4"),
            K(new RequestFact("B", "research", new DateOnly(2023, 12, 28), null, null), "r5"),
            K(new RequestFact("A", "natural", Day, Day.AddDays(3), "3.6"), "r6"),
            K(new RequestFact("A", "natural", new DateOnly(2021, 5, 1), new DateOnly(2022, 1, 1), "3.1"), "r7"),
        ],
        [
            K(new AppealFact("A", "review", Day, Day.AddDays(40), "corrected"), "a1"),
            K(new AppealFact("A", "review", Day, null, "pending"), "a2"),
            K(new AppealFact("B", "litigationDirect", Day, new DateOnly(2024, 2, 1), "upheld"), "a3"),
            K(new AppealFact("B", "litigationAfterReview", Day, Day.AddDays(90), "other"), "a4"),
            K(new AppealFact("B", "review", new DateOnly(2022, 3, 1), Day, "upheld"), "a5"),
        ],
        [
            K(new DocumentFact("A", "normativeDocument", Day, null, ["website"]), "d1"),
            K(new DocumentFact("A", "normativeDocument", new DateOnly(2021, 1, 1), Day, ["website"]), "d2"),
            K(new DocumentFact("A", "normativeDocument", new DateOnly(2020, 1, 1), null, ["website"]), "d3"),
            K(new DocumentFact("A", "regulation", new DateOnly(2020, 1, 1), null, ["website"]), "d4"),
        ],
        [
            K(new DecisionFact("A", "licensing", Day), "l1"),
            K(new DecisionFact("A", "licensing", Day.AddDays(5)), "l2"),
            K(new DecisionFact("A", "punishment", new DateOnly(2022, 12, 31)), "p0"),
            K(new DecisionFact("A", "punishment", Day), "p1"),
            K(new DecisionFact("B", "licensing", Day), "l3"),
        ],
        [new ProactiveFigures("B", 2023, 40, 2, 1, 0)]);

    public static TheoryData<string> Templates => new() { ReportTemplates.F2021, ReportTemplates.F2019 };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_figure_cell_lists_as_many_records_as_it_shows(string template)
    {
        var facts = Sample();
        var report = BuildAnnualReport.For2021(facts.Facts, 2023, "U", "tree", template);
        var cells = ReportTables.Proactive(report).Append(ReportTables.Requests(report)).Append(ReportTables.Appeals(report))
            .SelectMany(t => t.Rows.SelectMany(r => r)).Where(c => c.Cell is not null).ToList();
        Assert.True(cells.Count > 7 * 20, $"only {cells.Count} linked cells");
        Assert.All(cells, c =>
        {
            var list = DrillDown.For(facts, 2023, template, c.Cell);
            Assert.Equal(c.Text, ReportFigures.N(list.Value));
            Assert.Equal(list.Value, DrillDown.Sum(list));
        });
    }

    [Theory]
    [InlineData("requests:1:6", new[] { "r1", "r2", "r5", "r6" })]
    [InlineData("requests:2:0", new[] { "r3" })]
    [InlineData("requests:3.2:1", new[] { "r2" })]
    [InlineData("requests:3.3.4:4", new[] { "r4" })]
    [InlineData("requests:3.6.3:6", new[] { "r6" })]
    [InlineData("requests:3.7:6", new[] { "r1", "r2", "r4", "r6" })]
    [InlineData("requests:4:6", new[] { "r3", "r5" })]
    [InlineData("appeals:review:pending", new[] { "a2" })]
    [InlineData("appeals:review:total", new[] { "a1", "a2" })]
    [InlineData("appeals:litigationDirect:pending", new[] { "a3" })]
    [InlineData("appeals:litigationAfterReview:other", new[] { "a4" })]
    [InlineData("documents:normativeDocument:issued", new[] { "d1" })]
    [InlineData("documents:normativeDocument:repealed", new[] { "d2" })]
    [InlineData("documents:normativeDocument:inForce", new[] { "d1", "d3" })]
    [InlineData("documents:regulation:inForce", new[] { "d4" })]
    [InlineData("decisions:licensing", new[] { "l1", "l2" })]
    [InlineData("decisions:punishment", new[] { "p1" })]
    public void A_cell_lists_exactly_its_records(string cell, string[] expected) =>
        Assert.Equal(expected, DrillDown.For(Sample(), 2023, ReportTemplates.F2021, cell).Records.Select(r => r.Id));

    [Theory]
    [InlineData("")]
    [InlineData("requests:9.9:0")]
    [InlineData("requests:1:7")]
    [InlineData("appeals:review:lost")]
    [InlineData("documents:general:issued")]
    [InlineData("decisions:fees")]
    public void An_unknown_cell_is_a_validation_error(string cell) =>
        Assert.Throws<Gongkai.Infrastructure.ValidationException>(() => DrillDown.For(Sample(), 2023, ReportTemplates.F2021, cell));

    [Fact]
    public void Linked_html_wraps_each_figure_and_the_plain_html_does_not()
    {
        var doc = ReportDocument.Compose(BuildAnnualReport.For2021(Sample().Facts, 2023, "U", "tree", ReportTemplates.F2021), "方正县人民政府");
        var linked = HtmlReportRenderer.Fragment(doc, cell => "/drill?cell=" + cell);
        Assert.Contains("<a href=\"/drill?cell=requests:3.7:6\">4</a>", linked);
        Assert.Contains("<a href=\"/drill?cell=appeals:review:total\">2</a>", linked);
        Assert.DoesNotContain("<a ", HtmlReportRenderer.Fragment(doc));
    }
}
