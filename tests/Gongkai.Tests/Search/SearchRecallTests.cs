using Gongkai.Search;

namespace Gongkai.Tests.Search;

/// <summary>The acceptance test: search finds exactly what a substring scan (LIKE '%q%') finds.</summary>
public sealed class SearchRecallTests
{
    [Fact]
    public void Finds_exactly_the_documents_a_substring_scan_finds_for_1000_queries()
    {
        var documents = SearchCorpus.Generate(3000);
        var queries = SearchCorpus.Queries(documents, 1000);
        using var index = new TempIndex();
        index.Index.Apply(documents, []);
        // Search folds full-width forms (，→ ,); the corpus has no half-width punctuation, so plain Contains is the exact reference.
        Assert.DoesNotContain(documents, d => d.Body.Contains(',') || d.Body.Contains('(') || d.Title.Contains(','));

        var checkedHits = 0;
        foreach (var query in queries)
        {
            // The reference: every searchable text field of the document, each scanned like LIKE '%q%'.
            var expected = documents
                .Where(d => new[] { d.Title, d.Body, d.AttachmentText, d.Keywords, d.DocumentNumber, d.IndexNumber }
                    .Any(f => f.Contains(query, StringComparison.Ordinal)))
                .Select(d => d.Id).ToHashSet();
            var found = index.Index.MatchingIds(new SearchQuery { Text = query });
            Assert.True(expected.SetEquals(found),
                $"'{query}': expected {expected.Count}, found {found.Count}; missing {string.Join(',', expected.Except(found).Take(5))}, extra {string.Join(',', found.Except(expected).Take(5))}");
            checkedHits += expected.Count;
        }
        Assert.True(checkedHits > 10_000, $"the queries should match many documents, matched {checkedHits}");
        Assert.Contains(queries, q => q.Length == 2);
        Assert.Contains(queries, q => q.Length == 6);
    }
}
