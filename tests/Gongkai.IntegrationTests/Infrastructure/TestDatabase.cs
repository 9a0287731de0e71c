using Npgsql;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// The database a test app runs on: a fresh SQLite file by default, or a fresh PostgreSQL database when
/// <c>GONGKAI_TEST_DB=postgres</c> (CI runs the whole suite both ways). A missing PostgreSQL is a failure, never a skip.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(string provider, string? connection, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        Connection = connection;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    public string Provider { get; }
    public string? Connection { get; }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("GONGKAI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") ?? "Host=127.0.0.1;Username=gongkai;Password=gongkai;Database=gongkai";

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!UsePostgres)
        {
            return new TestDatabase("sqlite", null, null, null);
        }
        var name = "gk_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
        return new TestDatabase("postgres", connection, PostgresAdmin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
