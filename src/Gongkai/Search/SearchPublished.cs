using Gongkai.Data;

namespace Gongkai.Search;

/// <summary>The citizens' search, shared by the portal page and the public API: the index plus the synonyms.</summary>
public sealed class SearchPublished(ISearchIndex index, SynonymCache synonyms, AppDbContext db)
{
    public async Task<SearchResult> RunAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        index.Search(query with { Synonyms = await synonyms.GetAsync(db, cancellationToken) });
}
