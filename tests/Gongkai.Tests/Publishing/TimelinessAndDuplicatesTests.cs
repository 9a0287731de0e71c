using Gongkai.Publishing;

namespace Gongkai.Tests.Publishing;

public class TimelinessAndDuplicatesTests
{
    [Theory]
    // 2024-09-02 (Mon) + 20 working days, across the Mid-Autumn days off (09-16, 09-17; 09-14 made up) = 2024-09-30.
    [InlineData("2024-09-02", "2024-09-30", false)]
    [InlineData("2024-09-02", "2024-10-08", true)]
    [InlineData("2024-10-08", "2024-10-08", false)]
    public void Late_after_twenty_working_days(string formed, string published, bool late) =>
        Assert.Equal(late, Timeliness.IsLate(DateOnly.Parse(formed), DateOnly.Parse(published)));

    [Theory]
    [InlineData("方正县2024年第三季度财政预算执行情况", "方正县2024年第三季度财政预算执行情况公告", true)]
    [InlineData("方正县2024年第三季度财政预算执行情况", "方正县关于开展春季植树活动的通知", false)]
    public void Near_duplicate_titles(string a, string b, bool similar) =>
        Assert.Equal(similar, NearDuplicates.Similar(a, null, b, null));
}

public class BodySanitizerTests
{
    [Theory]
    [InlineData("纯文本", "纯文本")]
    [InlineData("<p>段落</p><br/>", "<p>段落</p><br/>")]
    [InlineData("<p onclick=\"x()\">段落</p>", "<p>段落</p>")]
    [InlineData("<script>alert(1)</script><p>正文</p>", "<p>正文</p>")]
    public void Keeps_safe_markup_and_strips_the_rest(string html, string expected) =>
        Assert.Equal(expected, Gongkai.Catalog.BodySanitizer.Clean(html));
}
