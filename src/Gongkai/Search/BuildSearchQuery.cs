using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into Lucene objects without any query parser: user text can never be
/// syntax. Every term is required and matches as a substring (bigram phrase) of the title or the text, or
/// through one of its synonyms; a query equal to a 文号 or 索引号 also matches that document, boosted to the top.
/// Segmented (SmartCn) clauses only add score, so a search that is not ranked (sorted by date) leaves them out.
/// </summary>
internal static class BuildSearchQuery
{
    private const float TitleBoost = 4f;
    private const float NumberBoost = 1000f;

    public static Query Matching(SearchQuery query, Analyzer analyzer, bool ranked = true)
    {
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new MatchAllDocsQuery();
        }
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(TermWithSynonyms(term, query.Synonyms), Occur.MUST);
        }
        var match = new BooleanQuery { { all, Occur.SHOULD } };
        var key = SearchText.NumberKey(query.Text);
        match.Add(new TermQuery(new Term(SearchFields.DocumentNumber, key)) { Boost = NumberBoost }, Occur.SHOULD);
        match.Add(new TermQuery(new Term(SearchFields.IndexNumber, key)) { Boost = NumberBoost }, Occur.SHOULD);

        if (!ranked)
        {
            return match;
        }
        var top = new BooleanQuery { { match, Occur.MUST } };
        foreach (var term in terms)
        {
            foreach (var word in Segment(analyzer, term))
            {
                top.Add(new TermQuery(new Term(SearchFields.TitleSegmented, word)) { Boost = 2f }, Occur.SHOULD);
                top.Add(new TermQuery(new Term(SearchFields.TextSegmented, word)) { Boost = 0.5f }, Occur.SHOULD);
            }
        }
        return top;
    }

    private static BooleanQuery TermWithSynonyms(string term, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        var either = new BooleanQuery();
        var words = synonyms.TryGetValue(term, out var more) ? more.Prepend(term).Distinct() : [term];
        foreach (var word in words.Select(SearchText.Normalize).Where(w => w.Length > 0 && !w.Any(char.IsWhiteSpace)))
        {
            var title = Substring(SearchFields.TitleMatch, word);
            title.Boost = TitleBoost;
            either.Add(title, Occur.SHOULD);
            either.Add(Substring(SearchFields.TextMatch, word), Occur.SHOULD);
        }
        return either;
    }

    /// <summary>Matches the documents whose field contains <paramref name="term"/> (normalized, no whitespace).</summary>
    public static Query Substring(string field, string term)
    {
        var units = SearchText.Units(term);
        if (units.Count == 1)
        {
            return new PrefixQuery(new Term(field, units[0]));
        }
        if (units.Count == 2)
        {
            // One bigram: a term query, whose postings are read without positions.
            return new TermQuery(new Term(field, units[0] + units[1]));
        }
        var phrase = new PhraseQuery();
        for (var i = 0; i + 1 < units.Count; i++)
        {
            phrase.Add(new Term(field, units[i] + units[i + 1]), i);
        }
        return phrase;
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

    private static List<string> Segment(Analyzer analyzer, string term)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.TitleSegmented, term);
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(text.ToString());
        }
        stream.End();
        return words;
    }
}
