using Gongkai.Catalog;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<Item> Items => Set<Item>();
    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();
    public DbSet<IndexCounter> IndexCounters => Set<IndexCounter>();
    public DbSet<UnitIndexPattern> UnitIndexPatterns => Set<UnitIndexPattern>();
    public DbSet<CatalogNode> CatalogNodes => Set<CatalogNode>();
    public DbSet<SensitiveWord> SensitiveWords => Set<SensitiveWord>();
}
