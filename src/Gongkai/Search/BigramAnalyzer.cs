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
    private readonly List<(int Start, int End, int Increment)> tokens = [];
    private readonly List<int> bounds = [];
    private char[] chars = [];
    private int next;

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
        chars = text.ToCharArray();
        tokens.Clear();
        next = 0;
        Tokenize(text, tokens, bounds, size);
    }

    /// <summary>
    /// The (start, end, position increment) of each gram. Size 2: the pairs, then the run's last character alone.
    /// Larger sizes: the full grams only. A surrogate pair is one character, as in <see cref="SearchText.Units"/>.
    /// </summary>
    internal static void Tokenize(string text, List<(int Start, int End, int Increment)> tokens, List<int> bounds, int size = 2)
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
            bounds.Clear();
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                bounds.Add(i);
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }
            bounds.Add(i);
            var count = bounds.Count - 1;
            for (var u = 0; u < count; u++)
            {
                var last = Math.Min(count, u + size);
                if (last - u == size || (size == 2 && last - u == 1))
                {
                    tokens.Add((bounds[u], bounds[last], gap));
                    gap = 1;
                }
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
        var (start, end, inc) = tokens[next++];
        term.CopyBuffer(chars, start, end - start);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        increment.PositionIncrement = inc;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(chars.Length), CorrectOffset(chars.Length));
    }
}
