using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Search;

/// <summary>
/// Words that mean the same to people searching (同义词), e.g. 医保 医疗保险 基本医疗保险: a query term equal to
/// any of them also matches the others. Edited by administrators.
/// </summary>
public sealed class SearchSynonymGroup
{
    public int Id { get; private set; }
    /// <summary>The words, separated by single spaces.</summary>
    public string Words { get; private set; } = "";
    public int Version { get; set; }

    public IReadOnlyList<string> WordList => Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static SearchSynonymGroup Create(IEnumerable<string> words) => new() { Words = string.Join(' ', words) };

    public void Change(IEnumerable<string> words) => Words = string.Join(' ', words);
}

internal sealed class SearchSynonymGroupConfiguration : IEntityTypeConfiguration<SearchSynonymGroup>
{
    public void Configure(EntityTypeBuilder<SearchSynonymGroup> group)
    {
        group.ToTable("SearchSynonyms");
        group.Property(g => g.Words).HasMaxLength(400);
        group.Ignore(g => g.WordList);
    }
}
