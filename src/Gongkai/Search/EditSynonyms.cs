using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

public sealed record SynonymInput(IReadOnlyList<string>? Words);

public sealed record SynonymView(int Id, IReadOnlyList<string> Words)
{
    public static SynonymView Of(SearchSynonymGroup g) => new(g.Id, g.WordList);
}

/// <summary>Administrators create, change and remove synonym groups; each edit is audited and refreshes the cache.</summary>
public sealed class EditSynonyms(AppDbContext db, SynonymCache cache)
{
    public async Task<List<SynonymView>> ListAsync() =>
        (await db.SearchSynonyms.AsNoTracking().OrderBy(g => g.Id).ToListAsync()).Select(SynonymView.Of).ToList();

    public async Task<SynonymView> CreateAsync(SynonymInput input)
    {
        var group = SearchSynonymGroup.Create(Validate(input));
        db.SearchSynonyms.Add(group);
        await db.SaveChangesAsync();
        cache.Invalidate();
        return SynonymView.Of(group);
    }

    public async Task<SynonymView> UpdateAsync(int id, SynonymInput input)
    {
        var words = Validate(input);
        var group = await FindAsync(id);
        group.Change(words);
        await db.SaveChangesAsync();
        cache.Invalidate();
        return SynonymView.Of(group);
    }

    public async Task DeleteAsync(int id)
    {
        db.SearchSynonyms.Remove(await FindAsync(id));
        await db.SaveChangesAsync();
        cache.Invalidate();
    }

    private async Task<SearchSynonymGroup> FindAsync(int id) =>
        await db.SearchSynonyms.FirstOrDefaultAsync(g => g.Id == id) ?? throw new NotFoundException($"同义词组 {id} 不存在");

    /// <summary>2 to 10 distinct words, each 1 to 20 characters without spaces.</summary>
    public static List<string> Validate(SynonymInput input)
    {
        var words = (input.Words ?? []).Select(w => w?.Trim() ?? "").Where(w => w.Length > 0).Distinct().ToList();
        var errors = new ValidationErrors();
        if (words.Count is < 2 or > 10)
        {
            errors.Add("words", "同义词组须包含2至10个不同的词");
        }
        if (words.Any(w => w.Length > 20 || w.Any(char.IsWhiteSpace)))
        {
            errors.Add("words", "每个词不超过20个字符，且不能包含空格");
        }
        errors.ThrowIfAny();
        return words;
    }
}
