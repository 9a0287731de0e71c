using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Reports;

/// <summary>
/// The covering index the annual report reads items through (<see cref="ReportRows.Items"/>: unit, publication instant,
/// kind, decision day, repeal day and channels): without it the province's report read every column of a million rows
/// (the body included) to count them.
/// </summary>
internal sealed class ReportItemIndex : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item) =>
        item.HasIndex(i => new { i.UnitId, i.PublishedAt, i.Kind, i.FormedOn, i.RepealedOn, i.Channels });
}
