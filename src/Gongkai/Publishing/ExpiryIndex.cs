using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Publishing;

/// <summary>
/// The index the publishing job finds items past their 废止 day by, every minute. Without it the job read the whole
/// table each tick (2.9 s at a million items). Partial: most items have no 废止 day.
/// </summary>
internal sealed class ExpiryIndex : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item) =>
        item.HasIndex(i => new { i.Status, i.RepealedOn }).HasFilter("\"RepealedOn\" IS NOT NULL");
}
