using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Portal.Items;

/// <summary>The indexes public lists page through: newest published first, overall and per unit.</summary>
internal sealed class PublicItemIndexes : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.HasIndex(i => new { i.Status, i.PublishedAt, i.Id });
        item.HasIndex(i => new { i.UnitId, i.Status, i.PublishedAt });
    }
}
