using Gongkai.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Accounts;

internal sealed class StaffUnitConfiguration : IEntityTypeConfiguration<StaffUnit>
{
    public void Configure(EntityTypeBuilder<StaffUnit> scope)
    {
        scope.HasKey(s => new { s.UserId, s.UnitId });
        scope.HasOne<StaffUser>().WithMany(u => u.Units).HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        scope.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
