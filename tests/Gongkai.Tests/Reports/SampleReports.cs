using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Tests.Reports;

/// <summary>Small hand-built reports for the renderer tests.</summary>
internal static class SampleReports
{
    public static ReportDocument Of2021(string template = ReportTemplates.F2021)
    {
        var d = new DateOnly(2023, 3, 1);
        var facts = new ReportFacts(
            [new RequestFact("U", "natural", d, d.AddDays(10), "3.1"), new RequestFact("U", "commercial", d, d.AddDays(12), "3.2"),
             new RequestFact("U", "natural", new DateOnly(2022, 12, 30), null, null)],
            [new AppealFact("U", "review", d, d.AddDays(40), "corrected")],
            [new DocumentFact("U", "normativeDocument", d, null, ["website"])],
            [new ProactiveFigures("U", 2023, 37, 12, 3, 1_234_500)]);
        return ReportDocument.Compose(BuildAnnualReport.For(facts, 2023, "230124", "self", template), "方正县人民政府");
    }

    public static ReportDocument Seed2014()
    {
        var channels = Enumerable.Repeat("website", 972).Concat(Enumerable.Repeat("govAffairsSite", 349))
            .Concat(Enumerable.Repeat("serviceHall", 1072)).Concat(Enumerable.Repeat("led", 2002));
        var docs = channels.Select(c => new DocumentFact("U", "general", new DateOnly(2014, 6, 1), null, [c])).ToList();
        var facts = new ReportFacts([new RequestFact("U", "natural", new DateOnly(2014, 5, 1), new DateOnly(2014, 5, 10), "3.1")], [], docs, []);
        return ReportDocument.Compose(BuildAnnualReport.For(facts, 2014, "230124", "tree", ReportTemplates.F2008), "方正县人民政府");
    }
}
