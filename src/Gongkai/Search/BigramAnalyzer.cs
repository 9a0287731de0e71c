using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Search;

/// <summary>
/// The matching analyzer. For every run of non-space characters of the normalized text it emits each
/// overlapping pair of characters (bigram) at consecutive positions, then the run's last character alone.
/// A whitespace-free term of n ≥ 2 characters is a substring of the text exactly when the phrase of its
/// n − 1 bigrams matches; a single character c occurs exactly when some term starts with c (a bigram "c…"
/// or the last character of a run). Runs are separated by a position gap, so no phrase spans two runs.
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));

    public override int GetPositionIncrementGap(string fieldName) => 100;
}

internal sealed class BigramTokenizer : Tokenizer
{
    private const int RunGap = 10;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly List<(string Text, int Start, int End, int Increment)> tokens = [];
    private int next;
    private int length;

    public BigramTokenizer(TextReader reader) : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = SearchText.Normalize(m_input.ReadToEnd() ?? "");
        length = text.Length;
        tokens.Clear();
        next = 0;
        Tokenize(text, tokens);
    }

    internal static void Tokenize(string text, List<(string Text, int Start, int End, int Increment)> tokens)
    {
        var gap = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var units = SearchText.Units(text[start..i]);
            var at = start;
            for (var u = 0; u < units.Count; u++)
            {
                var width = units[u].Length;
                var pair = u + 1 < units.Count ? units[u] + units[u + 1] : units[u];
                tokens.Add((pair, at, at + pair.Length, gap));
                gap = 1;
                at += width;
            }
            gap = RunGap;
        }
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= tokens.Count)
        {
            return false;
        }
        var (text, start, end, inc) = tokens[next++];
        term.SetEmpty().Append(text);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        increment.PositionIncrement = inc;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(length), CorrectOffset(length));
    }
}
