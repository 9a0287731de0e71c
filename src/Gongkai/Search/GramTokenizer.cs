using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Search;

/// <summary>The tokens of <see cref="GramAnalyzer"/>.</summary>
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
