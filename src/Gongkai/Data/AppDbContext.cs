using Gongkai.Accounts;
using Gongkai.Audit;
using Gongkai.Units;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The one database context. Each feature adds its sets in a partial file beside its entities
/// (<c>AppDbContext.Feature.cs</c>) and its mapping as an <see cref="IEntityTypeConfiguration{T}"/>.
/// Every save is audited (see <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options, AuditActor actor, TimeProvider time)
    : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<StaffUnit> StaffUnits => Set<StaffUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal AuditActor Actor => actor;
    internal TimeProvider Time => time;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ModelConventions.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
