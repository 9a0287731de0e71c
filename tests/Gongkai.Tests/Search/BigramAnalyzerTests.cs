using Gongkai.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Tests.Search;

/// <summary>The size-2 gram analyzer of the <c>_m</c> fields.</summary>
public sealed class BigramAnalyzerTests
{
    [Theory]
    [InlineData("方正镇", "方正@1 正镇@2 镇@3")]
    [InlineData("方正镇 福山村", "方正@1 正镇@2 镇@3 福山@13 山村@14 村@15")]
    [InlineData("Ａ1", "a1@1 1@2")]
    [InlineData("村", "村@1")]
    [InlineData("", "")]
    public void Emits_overlapping_pairs_then_the_last_character_of_each_run(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        using var analyzer = new GramAnalyzer(2);
        using var stream = analyzer.GetTokenStream("f", "预算 公开");
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var seen = new List<string>();
        while (stream.IncrementToken())
        {
            seen.Add($"{term}:{offset.StartOffset}-{offset.EndOffset}");
        }
        stream.End();
        Assert.Equal(["预算:0-2", "算:1-2", "公开:3-5", "开:4-5"], seen);
    }

    private static string Tokens(string text)
    {
        using var analyzer = new GramAnalyzer(2);
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        var position = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add($"{term}@{position}");
        }
        stream.End();
        return string.Join(' ', tokens);
    }
}
