using Lucene.Net.Analysis;

namespace Gongkai.Search;

/// <summary>
/// The matching analyzers (<see cref="SearchFields"/>): every run of non-space characters of the normalized text yields
/// each of its overlapping grams of exactly <c>size</c> characters (a surrogate pair counting as one) at consecutive
/// positions, runs separated by a position gap so no phrase spans two runs. A whitespace-free term of exactly
/// <c>size</c> characters is a substring of the text exactly when that one gram occurs: one postings list.
/// Size 2 (the <c>_m</c> fields) also emits each run's last character alone, so a single character c occurs exactly
/// when some term starts with c (a bigram "c…" or that last character); format-1 indexes matched longer terms as a
/// phrase of bigrams, which is why those fields keep their positions.
/// </summary>
public sealed class GramAnalyzer(int size) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader, size));

    public override int GetPositionIncrementGap(string fieldName) => 100;
}
