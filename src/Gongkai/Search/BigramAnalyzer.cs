using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Search;

/// <summary>
/// The matching analyzer of the <c>_m</c> fields. For every run of non-space characters of the normalized text it
/// emits each overlapping pair of characters (bigram) at consecutive positions, then the run's last character alone.
/// A whitespace-free term of 2 characters is a substring of the text exactly when its bigram occurs; a single
/// character c occurs exactly when some term starts with c (a bigram "c…" or the last character of a run).
/// Runs are separated by a position gap, so no phrase spans two runs. (Format-1 indexes matched longer terms as a
/// phrase of bigrams, which is why these fields keep their positions; see <see cref="GramAnalyzer"/>.)
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader, 2));

    public override int GetPositionIncrementGap(string fieldName) => 100;
}

/// <summary>
/// The whole-term analyzer of the <c>_3</c> and <c>_4</c> fields: every run of non-space characters yields each of its
/// overlapping grams of exactly <c>size</c> characters (a surrogate pair counting as one) at consecutive positions,
/// runs separated by a position gap. A whitespace-free term of exactly <c>size</c> characters is then a substring of
/// the text exactly when that one gram occurs: one postings list, read without positions.
/// </summary>
public sealed class GramAnalyzer(int size) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader, size));

    public override int GetPositionIncrementGap(string fieldName) => 100;
}

internal sealed class GramTokenizer : Tokenizer
{
    /// <summary>Larger than the widest step between two grams of one phrase (4), so no phrase crosses a run.</summary>
    private const int RunGap = 10;
    private readonly int size;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly List<(string Text, int Start, int End, int Increment)> tokens = [];
    private int next;
    private int length;

    public GramTokenizer(TextReader reader, int size) : base(reader)
    {
        this.size = size;
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
        Tokenize(text, tokens, size);
    }

    /// <summary>Size 2: the pairs, then the run's last character alone. Larger sizes: the full grams only.</summary>
    internal static void Tokenize(string text, List<(string Text, int Start, int End, int Increment)> tokens, int size = 2)
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
                var last = Math.Min(units.Count, u + size);
                if (last - u == size || (size == 2 && last - u == 1))
                {
                    var gram = string.Concat(units.GetRange(u, last - u));
                    tokens.Add((gram, at, at + gram.Length, gap));
                    gap = 1;
                }
                at += units[u].Length;
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
