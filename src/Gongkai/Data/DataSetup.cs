using Gongkai.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

internal static class DataSetup
{
    public static IServiceCollection AddGongkaiData(this IServiceCollection services, GongkaiOptions options)
    {
        if (options.UsesPostgres)
        {
            services.AddPooledContext<PostgresAppDbContext>(o => o.UseNpgsql(options.Connection));
        }
        else
        {
            var connection = options.Connection ?? new SqliteConnectionStringBuilder
            {
                DataSource = options.PathIn("gongkai.db"),
                ForeignKeys = true,
                DefaultTimeout = 30,
            }.ToString();
            services.AddPooledContext<SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        services.AddSingleton<PlannerStatistics>();
        services.AddHostedService(sp => sp.GetRequiredService<PlannerStatistics>());
        return services;
    }

    /// <summary>
    /// <see cref="AppDbContext"/> as a scoped service leased from EF Core's context pool: building a context afresh
    /// for every request (options, internal services) cost ~90 µs and 46 KiB here, a quarter of a plain row read
    /// (bench: <c>measure item</c>). The pool's factory is also there for code that needs a context of its own.
    /// </summary>
    private static void AddPooledContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()
            .Lease(sp.GetRequiredService<Gongkai.Audit.AuditActor>(), sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// Applies the provider's migrations; SQLite runs in WAL mode so readers never wait for the writer. Planner
    /// statistics are refreshed after the host listens (<see cref="PlannerStatistics"/>), not here: on a million-item
    /// instance that had grown since its last analysis the refresh took seconds before the first answer.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
        if (!await IsUpToDateAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        // An import that died between dropping its deferred indexes and rebuilding them: build them now.
        await DeferredIndexes.RestoreMissingAsync(db, cancellationToken);
    }

    /// <summary>
    /// True when the history's last migration is the assembly's last one: one small query instead of MigrateAsync,
    /// which builds the model and diffs it against the snapshot (seconds at start-up) even when there is nothing to do.
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var latest = db.Database.GetMigrations().LastOrDefault();
        if (latest is null)
        {
            return false;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""";
            return await command.ExecuteScalarAsync(cancellationToken) as string == latest;
        }
        catch (System.Data.Common.DbException)
        {
            return false; // no history table yet: a new database
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
