using Gongkai.Reports;

namespace Gongkai.Tests.Reports;

/// <summary>收费及减免情况 from the fee records of the requests.</summary>
public sealed class FeesTests
{
    private static DateOnly? D(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    private static FeeFact F(string notice, long fen, string? paid, string? closed, string? outcome) =>
        new("U", "N", D(notice)!.Value, fen, D(paid), D(closed), outcome);

    public static TheoryData<string, FeeFact[], FeeFigures> Cases => new()
    {
        { "none", [], FeeFigures.None },
        { "paid and answered", [F("2024-03-01", 470000, "2024-03-05", "2024-03-20", "3.1")], new(1, 470000, 1, 470000, 0, 0, 0) },
        { "answered without payment = waived", [F("2024-03-01", 15000, null, "2024-03-04", "3.2")], new(1, 15000, 0, 0, 1, 15000, 0) },
        { "not paid, dropped (3.6.2) is not a waiver", [F("2024-03-01", 10000, null, "2024-04-01", "3.6.2")], new(1, 10000, 0, 0, 0, 0, 1) },
        { "withdrawn after the notice is no waiver", [F("2024-03-01", 10000, null, "2024-03-09", "3.6.3")], new(1, 10000, 0, 0, 0, 0, 0) },
        { "still waiting for payment", [F("2024-12-20", 10000, null, null, null)], new(1, 10000, 0, 0, 0, 0, 0) },
        // a notice of December paid in January: the notice counts in its year, the payment in the next
        { "notice last year, paid this year", [F("2023-12-20", 20000, "2024-01-08", "2024-01-20", "3.1")], new(0, 0, 1, 20000, 0, 0, 0) },
        { "recorded full waiver, answered", [F("2024-03-01", 15000, null, "2024-03-20", "3.1") with { WaivedOn = D("2024-03-04"), WaivedFen = 15000 }],
            new(1, 15000, 0, 0, 1, 15000, 0) },
        { "partial waiver, rest paid", [F("2024-03-01", 470000, "2024-03-08", "2024-03-20", "3.1") with { WaivedOn = D("2024-03-04"), WaivedFen = 70000 }],
            new(1, 470000, 1, 400000, 1, 70000, 0) },
        { "partial waiver, rest unpaid, dropped", [F("2024-03-01", 470000, null, "2024-04-01", "3.6.2") with { WaivedOn = D("2024-03-04"), WaivedFen = 70000 }],
            new(1, 470000, 0, 0, 1, 70000, 1) },
        { "waived in December, answered in January", [F("2023-12-01", 15000, null, "2024-01-10", "3.1") with { WaivedOn = D("2023-12-04"), WaivedFen = 15000 }],
            FeeFigures.None },
        { "other year only", [F("2023-03-01", 20000, "2023-03-02", "2023-03-10", "3.1")], FeeFigures.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fee_figures_of_the_year(string name, FeeFact[] fees, FeeFigures expected) =>
        Assert.True(expected == ComputeFees.For(fees, 2024), name);

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, 0, "全年未向申请人收取政府信息公开相关费用，也没有减免收费的情况。")]
    [InlineData(2, 480000, 1, 470000, 1, 10000, 0, "全年向申请人发出收费通知2件，金额4800元；实际收取1件，共4700元；减免1件，共100元。")]
    [InlineData(1, 15050, 0, 0, 0, 0, 1, "全年向申请人发出收费通知1件，金额150.5元；实际收取0件，共0元；减免0件，共0元；申请人逾期未缴费、不再处理的1件。")]
    public void The_sentence(int notices, long noticed, int paid, long paidFen, int waived, long waivedFen, int abandoned, string expected) =>
        Assert.Equal(expected, ComputeFees.Sentence(new FeeFigures(notices, noticed, paid, paidFen, waived, waivedFen, abandoned)));

    [Fact]
    public void The_2008_report_carries_the_fees_into_its_narrative_but_not_into_its_json()
    {
        var facts = new ReportFacts([], [], [], []) { Fees = [F("2014-05-01", 3000, "2014-05-02", "2014-05-10", "3.1")] };
        var report = BuildAnnualReport.For(facts, 2014, "U", "tree", ReportTemplates.F2008);
        var doc = ReportDocument.Compose(report, "方正县人民政府");
        Assert.Equal("全年向申请人发出收费通知1件，金额30元；实际收取1件，共30元；减免0件，共0元。", doc.Section("fees")!.Text.Trim());
        Assert.DoesNotContain("fee", ReportJson.Serialize(report), StringComparison.OrdinalIgnoreCase);
    }
}
