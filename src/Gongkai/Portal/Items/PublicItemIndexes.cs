using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Portal.Items;

/// <summary>
/// The indexes public lists page through (newest published first, overall, per unit and per catalogue node), and the one an item page
/// finds its 政策解读 by (without it every uncached item page scanned the whole table: 20–50 s at a million items).
/// </summary>
internal sealed class PublicItemIndexes : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.HasIndex(i => new { i.Status, i.PublishedAt, i.Id });
        item.HasIndex(i => new { i.UnitId, i.Status, i.PublishedAt });
        // The home page's blocks: the newest items of one 公开目录 node (ListPublicItems.NewestAsync).
        item.HasIndex(i => new { i.CatalogNode, i.Status, i.PublishedAt, i.Id });
        // Partial: almost every row has no policy; NULLs in the index would make the planner think it useless.
        item.HasIndex(i => i.PolicyItemId).HasFilter("\"PolicyItemId\" IS NOT NULL");
    }
}
