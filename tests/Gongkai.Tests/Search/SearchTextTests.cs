using Gongkai.Search;

namespace Gongkai.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("信息公开　Ｗｅｂ", "信息公开 web")]
    [InlineData("方政发〔2014〕12号", "方政发〔2014〕12号")]
    public void Normalizes_character_for_character(string text, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(text));
        Assert.Equal(text.Length, SearchText.Normalize(text).Length);
    }

    [Theory]
    [InlineData("方政发〔2014〕12号", "方政发〔2014〕12号")]
    [InlineData("方政发[2014]12号", "方政发〔2014〕12号")]
    [InlineData(" 方政发【2014】 12号 ", "方政发〔2014〕12号")]
    [InlineData("方政发（２０１４）12号", "方政发〔2014〕12号")]
    [InlineData("", "")]
    public void Number_keys_ignore_bracket_style_and_spaces(string number, string key) =>
        Assert.Equal(key, SearchText.NumberKey(number));

    [Theory]
    [InlineData("信息公开  预算", new[] { "信息公开", "预算" })]
    [InlineData("  ", new string[0])]
    [InlineData("title:\"x\" AND (", new[] { "title:\"x\"", "and", "(" })]
    [InlineData("预算 预算", new[] { "预算" })]
    public void Splits_terms_on_whitespace_only(string query, string[] terms) =>
        Assert.Equal(terms, SearchText.Terms(query));

    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>", "第一段\n第二段")]
    [InlineData("<script>alert(1)</script>正文&amp;附件<br/>下一行", "正文&附件\n下一行")]
    [InlineData("<b>方正</b>镇", "方正镇")]
    public void Strips_html_to_plain_text(string html, string text) =>
        Assert.Equal(text, SearchText.FromHtml(html));

    [Fact]
    public void A_surrogate_pair_is_one_unit() =>
        Assert.Equal(["𠀀", "村"], SearchText.Units("𠀀村"));
}
