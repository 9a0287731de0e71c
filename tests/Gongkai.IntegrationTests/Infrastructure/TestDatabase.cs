using Npgsql;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// The database a test app runs on: a fresh SQLite file by default, or a fresh PostgreSQL database when
/// <c>GONGKAI_TEST_DB=postgres</c> (CI runs the whole suite both ways). A missing PostgreSQL is a failure, never a skip.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim CreateGate = new(1, 1);
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

    /// <summary>The PostgreSQL database's name (null for SQLite, whose database is a file in the data folder).</summary>
    public string? Name => databaseName;

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("GONGKAI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") ?? "Host=127.0.0.1;Username=gongkai;Password=gongkai;Database=gongkai";

    /// <summary>A fresh database, empty or (PostgreSQL) a copy of <paramref name="template"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(string? template = null, string namePrefix = "gk_test_")
    {
        if (!UsePostgres)
        {
            return new TestDatabase("sqlite", null, null, null);
        }
        var name = namePrefix + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            var sql = template is null
                ? $"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
                : $"CREATE DATABASE {name} TEMPLATE {template}";
            // Copying a template is refused while another copy of it is being made: one at a time.
            await CreateGate.WaitAsync();
            try
            {
                await using var create = new NpgsqlCommand(sql, admin);
                await create.ExecuteNonQueryAsync();
            }
            finally
            {
                CreateGate.Release();
            }
        }
        var connection = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
        return new TestDatabase("postgres", connection, PostgresAdmin, name);
    }

    /// <summary>
    /// Drops the database. PostgreSQL may refuse now and then while a backend it cannot terminate for us is still on
    /// the database (42501 from <c>WITH (FORCE)</c>, seen in CI): a few more tries, and a database left behind is
    /// reported, never a failed test class — cleanup holds no assertion.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (adminConnection is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(adminConnection);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5)
            {
                Console.Error.WriteLine($"dropping {databaseName}: {e.SqlState} {e.MessageText}; trying again");
                await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt));
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"the test database {databaseName} was left behind: {e.SqlState} {e.MessageText}");
                return;
            }
        }
    }
}
