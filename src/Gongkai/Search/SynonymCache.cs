using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// The synonym groups as a lookup from each word to the other words of its groups, cached per process for
/// <see cref="Lifetime"/> (other nodes see an administrator's edit within that time) and dropped on local edits.
/// </summary>
public sealed class SynonymCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? cached;
    private DateTimeOffset loadedAt;

    public void Invalidate() => cached = null;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (cached is { } current && now - loadedAt < Lifetime)
        {
            return current;
        }
        var groups = await db.SearchSynonyms.AsNoTracking().Select(g => g.Words).ToListAsync(cancellationToken);
        cached = Build(groups);
        loadedAt = now;
        return cached;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Build(IEnumerable<string> groups)
    {
        var lookup = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var words in groups.Select(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchText.Normalize).Distinct().ToList()))
        {
            foreach (var word in words)
            {
                if (!lookup.TryGetValue(word, out var others))
                {
                    lookup[word] = others = new HashSet<string>(StringComparer.Ordinal);
                }
                others.UnionWith(words.Where(w => w != word));
            }
        }
        return lookup.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value.Order(StringComparer.Ordinal).Take(10).ToList(), StringComparer.Ordinal);
    }
}
