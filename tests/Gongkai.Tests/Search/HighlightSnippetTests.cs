using Gongkai.Search;

namespace Gongkai.Tests.Search;

public sealed class HighlightSnippetTests
{
    [Theory]
    [InlineData("方正镇福山村的预算公开", new[] { "福山村" }, "方正镇<em>福山村</em>的预算公开")]
    [InlineData("预算<script>公开", new[] { "公开" }, "预算&lt;script&gt;<em>公开</em>")]
    [InlineData("信息公开信息", new[] { "信息", "息公" }, "<em>信息公</em>开<em>信息</em>")]
    [InlineData("ＡＢＣ", new[] { "abc" }, "<em>ＡＢＣ</em>")]
    public void Marks_every_match_and_escapes_the_rest(string text, string[] words, string expected) =>
        Assert.Equal(expected, HighlightSnippet.Make(text, words));

    [Fact]
    public void No_match_gives_null() => Assert.Null(HighlightSnippet.Make("预算", ["决算"]));

    [Fact]
    public void Cuts_a_window_around_the_first_match()
    {
        var text = new string('甲', 200) + "福山村" + new string('乙', 200);
        var snippet = HighlightSnippet.Make(text, ["福山村"], 60)!;
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<em>福山村</em>", snippet);
        Assert.Equal(60 + "<em></em>……".Length, snippet.Length);
    }
}
