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
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(options.Connection));
        }
        else
        {
            var connection = options.Connection ?? new SqliteConnectionStringBuilder
            {
                DataSource = options.PathIn("gongkai.db"),
                ForeignKeys = true,
                DefaultTimeout = 30,
            }.ToString();
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        return services;
    }

    /// <summary>Applies the provider's migrations; SQLite runs in WAL mode so readers never wait for the writer.</summary>
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
        await db.Database.MigrateAsync(cancellationToken);
    }
}
