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
/// Instances are pooled (<see cref="DataSetup"/>): a request leases one and <see cref="Lease"/> gives it the
/// request's actor and clock, the only state it keeps besides what EF Core resets on return.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<StaffUnit> StaffUnits => Set<StaffUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal AuditActor Actor { get; private set; } = new();
    internal TimeProvider Time { get; private set; } = TimeProvider.System;

    /// <summary>Binds a pooled instance to the scope that leased it: whom its saves are audited as, and its clock.</summary>
    internal AppDbContext Lease(AuditActor actor, TimeProvider time)
    {
        Actor = actor;
        Time = time;
        return this;
    }

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
