using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into Lucene objects without any query parser: user text can never be
/// syntax. Every term is required and matches as a substring of the title or the text, or through one of its
/// synonyms; a query equal to a 文号 or 索引号 also matches that document, boosted to the top. A term of 2–4
/// characters is one whole-term postings list (see <see cref="SearchFields"/>), so matching and scoring read no positions.
/// </summary>
internal static class BuildSearchQuery
{
    private const float TitleBoost = 4f;
    private const float NumberBoost = 1000f;
    private const int Gram = 4;

    /// <param name="format">The index's format (<see cref="IndexGeneration.Format"/>): a format-1 index, still serving
    /// while its replacement builds, has only bigrams, so its longer terms are phrases of bigrams.</param>
    public static Query Matching(SearchQuery query, int format = IndexGeneration.CurrentFormat)
    {
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new MatchAllDocsQuery();
        }
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(TermWithSynonyms(term, query.Synonyms, format), Occur.MUST);
        }
        var match = new BooleanQuery { { all, Occur.SHOULD } };
        var key = SearchText.NumberKey(query.Text);
        match.Add(new TermQuery(new Term(SearchFields.DocumentNumber, key)) { Boost = NumberBoost }, Occur.SHOULD);
        match.Add(new TermQuery(new Term(SearchFields.IndexNumber, key)) { Boost = NumberBoost }, Occur.SHOULD);
        return match;
    }

    private static BooleanQuery TermWithSynonyms(string term, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, int format)
    {
        var either = new BooleanQuery();
        var words = synonyms.TryGetValue(term, out var more) ? more.Prepend(term).Distinct() : [term];
        foreach (var word in words.Select(SearchText.Normalize).Where(w => w.Length > 0 && !w.Any(char.IsWhiteSpace)))
        {
            var title = Substring(title: true, word, format);
            title.Boost = TitleBoost;
            either.Add(title, Occur.SHOULD);
            either.Add(Substring(title: false, word, format), Occur.SHOULD);
        }
        return either;
    }

    /// <summary>Matches the documents whose title (or text) contains <paramref name="term"/> (normalized, no whitespace).</summary>
    public static Query Substring(bool title, string term, int format = IndexGeneration.CurrentFormat)
    {
        var units = SearchText.Units(term);
        var bigrams = title ? SearchFields.TitleMatch : SearchFields.TextMatch;
        switch (units.Count)
        {
            case 1:
                return new PrefixQuery(new Term(bigrams, units[0]));
            case 2:
                return new TermQuery(new Term(bigrams, units[0] + units[1]));
            case 3 when format >= 2:
                return new TermQuery(new Term(title ? SearchFields.Title3 : SearchFields.Text3, term));
            case Gram when format >= 2:
                return new TermQuery(new Term(title ? SearchFields.Title4 : SearchFields.Text4, term));
        }
        return format >= 2 ? Phrase(title ? SearchFields.Title4 : SearchFields.Text4, units, Gram) : Phrase(bigrams, units, 2);
    }

    /// <summary>
    /// The grams of <paramref name="units"/> at offsets 0, size, 2·size, … and the last one, at their relative positions:
    /// they cover every character, and grams sit at consecutive positions within a run, so the phrase matches exactly
    /// where the whole term occurs (runs are further apart than any step between two of its grams).
    /// </summary>
    private static PhraseQuery Phrase(string field, List<string> units, int size)
    {
        var phrase = new PhraseQuery();
        var last = units.Count - size;
        for (var at = 0; ; at = Math.Min(at + size, last))
        {
            phrase.Add(new Term(field, string.Concat(units.GetRange(at, size))), at);
            if (at == last)
            {
                return phrase;
            }
        }
    }

    public static Filter? Filter(SearchQuery query)
    {
        var filters = new BooleanQuery();
        void Key(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
            }
        }
        Key(SearchFields.Unit, query.UnitCode);
        Key(SearchFields.CatalogNode, query.CatalogNode);
        Key(SearchFields.Topic, query.Topic);
        Key(SearchFields.Kind, query.Kind);
        Key(SearchFields.Validity, query.Validity);
        Key(SearchFields.Channel, query.Channel);
        if (query.From is not null || query.Until is not null)
        {
            filters.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, query.From?.Ticks, query.Until?.Ticks, true, false), Occur.MUST);
        }
        return filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
    }
}
