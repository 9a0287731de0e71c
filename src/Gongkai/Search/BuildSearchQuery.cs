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
    /// <param name="exists">Whether a 文号/索引号 key is in the index: a key clause that can match nothing is left out
    /// (same matches and order; with it, every hit went through a second disjunction, 40% of the matching time at a
    /// million documents). Without it, both key clauses are always added.</param>
    public static Query Matching(SearchQuery query, int format = IndexGeneration.CurrentFormat, Func<Term, bool>? exists = null)
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
        var key = SearchText.NumberKey(query.Text);
        var numbers = new[] { SearchFields.DocumentNumber, SearchFields.IndexNumber }
            .Select(field => new Term(field, key)).Where(term => exists?.Invoke(term) ?? true).ToList();
        if (numbers.Count == 0)
        {
            return all;
        }
        var match = new BooleanQuery { { all, Occur.SHOULD } };
        foreach (var number in numbers)
        {
            match.Add(new TermQuery(number) { Boost = NumberBoost }, Occur.SHOULD);
        }
        return match;
    }

    /// <summary>Any of the term's words (itself and its synonyms) in the title (boosted) or the text.</summary>
    private static Query TermWithSynonyms(string term, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, int format)
    {
        var clauses = new List<Query>();
        var words = synonyms.TryGetValue(term, out var more) ? more.Prepend(term).Distinct() : [term];
        foreach (var word in words.Select(SearchText.Normalize).Where(w => w.Length > 0 && !w.Any(char.IsWhiteSpace)))
        {
            var title = Substring(title: true, word, format);
            title.Boost = TitleBoost;
            clauses.Add(title);
            clauses.Add(Substring(title: false, word, format));
        }
        if (clauses.Count > 0 && clauses.All(c => c is TermQuery))
        {
            return new AnyTermQuery(clauses.Cast<TermQuery>().ToList());
        }
        var either = new BooleanQuery();
        foreach (var clause in clauses)
        {
            either.Add(clause, Occur.SHOULD);
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
