using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<SearchSynonymGroup> SearchSynonyms => Set<SearchSynonymGroup>();
}
