using Gongkai.Reports;

namespace Gongkai.Tests.Reports;

public sealed class NarrativeTests
{
    [Fact]
    public void The_2008_narrative_reads_like_the_seed_with_the_figures_of_the_model()
    {
        var doc = SampleReports.Seed2014();
        Assert.Equal("方正县2014年政府信息公开工作年度报告", doc.Title);
        Assert.Equal(
            "全年主动公开各类政务信息4395条。其中，政府网站公开972条、政务公开网公开349条、综合行政服务大厅（窗口）1072条。其他公开途径，包括:专项服务大厅、电子大屏幕、触摸屏等公布2002条。",
            doc.Section("2")!.Text.Trim());
        Assert.Equal("全年我县累计收到政府信息公开申请的请求1件。已受理1件。其中已答复1件。", doc.Section("3")!.Text.Trim());
        Assert.Equal("全年工作中没有接到行政复议申请和行政诉讼请求。", doc.Section("4")!.Text.Trim());
        Assert.Equal(["", "一、政务公开工作开展情况", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况",
            "五、政府信息公开中的行政复议和行政诉讼情况", "六、存在的问题及改进措施"], doc.Narrative.Select(s => s.Heading));
        Assert.Equal("全年未向申请人收取政府信息公开相关费用，也没有减免收费的情况。", doc.Section("fees")!.Text.Trim());
        Assert.Contains("政府信息公开的收费及减免情况、政府信息公开中的行政复议和行政诉讼情况、存在的问题及2015年工作安排六部分", doc.Section("0")!.Text);
        Assert.DoesNotContain("{", string.Concat(doc.Narrative.Select(s => s.Text)));
    }

    [Fact]
    public void The_2021_narrative_takes_its_figures_from_the_tables()
    {
        var doc = SampleReports.Of2021();
        var one = doc.Section("1")!.Text;
        Assert.Contains("本年度新收政府信息公开申请2件，上年结转1件；本年度办结2件，其中予以公开1件，部分公开1件", one);
        Assert.Contains("结转下年度继续办理1件", one);
        Assert.Contains("作出行政许可决定37件、行政处罚决定12件、行政强制决定3件；收取行政事业性收费1.2345万元", one);
        Assert.Contains("被申请行政复议1件、提起行政诉讼0件，其中被纠正1件", one);
        Assert.Equal(["1", "5", "6"], doc.Narrative.Select(s => s.Key));
    }

    [Fact]
    public void An_edited_draft_keeps_its_placeholders_filled_at_render_time_and_unknown_ones_are_found()
    {
        var report = SampleReports.Of2021().Report;
        var doc = ReportDocument.Compose(report, "方正县人民政府", new Dictionary<string, string> { ["5"] = "今年共收到申请{requests.received}件。" });
        Assert.Equal("今年共收到申请2件。", doc.Section("5")!.Text);
        Assert.Equal(["requests.bogus"], FillPlaceholders.Unknown("{requests.received}{requests.bogus}", ReportFigures.Of(report, "x")));
    }
}
