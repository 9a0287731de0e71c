using System.Globalization;
using System.Xml.Linq;
using Gongkai.Supervision;

namespace Gongkai.Tests.Supervision;

public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<XElement> Rects(string svg) => XElement.Parse(svg).Descendants(Svg + "rect").ToList();

    private static double H(XElement rect) => double.Parse(rect.Attribute("height")!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Bars_are_scaled_to_the_largest_value_and_link_to_their_records()
    {
        var svg = SvgChart.Bars("每月主动公开信息数", [new("1月", 10, "/a?x=1&y=2"), new("2月", 5, "/b"), new("3月", 0, "/c")], "条");
        var rects = Rects(svg);
        Assert.Equal(3, rects.Count);
        Assert.Equal(H(rects[0]) / 2, H(rects[1]), 1);
        Assert.True(H(rects[2]) is > 0 and <= 1);
        var links = XElement.Parse(svg).Descendants(Svg + "a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Equal(["/a?x=1&y=2", "/b", "/c"], links);
        Assert.Contains("aria-label=\"每月主动公开信息数\"", svg);
    }

    [Theory]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("A&B", "A&amp;B")]
    public void Labels_are_escaped(string label, string escaped)
    {
        var svg = SvgChart.Bars(label, [new(label, 1)]);
        Assert.Contains(escaped, svg);
        Assert.DoesNotContain("<script>", svg);
        Assert.Single(Rects(svg));
    }

    [Fact]
    public void An_empty_chart_says_so()
    {
        var svg = SvgChart.Bars("社会评议", []);
        Assert.Empty(Rects(svg));
        Assert.Contains("暂无数据", svg);
    }
}
