using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Search;

public enum SearchOperation
{
    Upsert,
    Delete,

    /// <summary>Not an index change: the unit (<see cref="SearchOutboxEntry.DocumentId"/> = unit id) changed its own pages
    /// (e.g. the guide note); every node's listeners drop their cached copies.</summary>
    UnitPage, // stored as text in 8 characters at most
}

/// <summary>
/// A change the search index must see: written in the same transaction as the change itself (so it cannot be
/// lost), read in id order by every node's <see cref="SearchSync"/>. Rows are never consumed: each node keeps
/// its own position in its index's commit data, so several nodes follow one outbox; old rows are pruned by age.
/// </summary>
[NotAudited]
public sealed class SearchOutboxEntry
{
    public long Id { get; private set; }
    public long DocumentId { get; init; }
    /// <summary>What the writer meant; the sync resolves every entry against the source's current state anyway.</summary>
    public SearchOperation Operation { get; init; }
    public DateTime EnqueuedAt { get; init; }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> entry)
    {
        entry.ToTable("SearchOutbox");
        entry.Property(e => e.Operation).HasConversion<string>().HasMaxLength(8);
        entry.HasIndex(e => e.EnqueuedAt);
    }
}
