namespace Gongkai.Search;

/// <summary>
/// Where searchable documents come from: the published items, as the search should see them now.
/// <see cref="LoadAsync"/> returns null for anything that must not be found (a draft, a withdrawn or expired
/// item, a deleted id); <see cref="AllIdsAsync"/> and <see cref="AllAsync"/> cover exactly the documents
/// <see cref="LoadAsync"/> returns. The index is reconciled against it on start and rebuilt from it.
/// </summary>
public interface ISearchSource
{
    Task<SearchDocument?> LoadAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The documents of those ids that <see cref="LoadAsync"/> would return, in as few queries as the source can.</summary>
    async Task<IReadOnlyList<SearchDocument>> LoadManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var found = new List<SearchDocument>(ids.Count);
        foreach (var id in ids)
        {
            if (await LoadAsync(id, cancellationToken) is { } doc)
            {
                found.Add(doc);
            }
        }
        return found;
    }

    IAsyncEnumerable<SearchDocument> AllAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyCollection<long>> AllIdsAsync(CancellationToken cancellationToken = default);
}
