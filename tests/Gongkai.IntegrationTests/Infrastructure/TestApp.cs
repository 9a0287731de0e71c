using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>
/// The real app, composed exactly as <c>gongkai serve</c> composes it, on an in-memory server, with its own
/// data folder and database and a fake clock. Use one per test class (<c>IClassFixture&lt;TestApp&gt;</c>) or per test.
/// The demo county and its logins (password <see cref="Password"/>) are there from the start.
/// </summary>
public class TestApp : IAsyncLifetime
{
    public const string Password = "Test-2026-pass";

    private TestDatabase? database;

    public WebApplication App { get; private set; } = null!;
    /// <summary>The instant every test app's fake clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2024, 10, 8, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
    public TestDatabase Database => database!;

    /// <summary>Settings a test class may add (rate limits, options of a feature).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual bool SeedDemo => true;

    /// <summary>
    /// Whether the seeded demo may come from the process-wide <see cref="DemoTemplate"/> (it may unless the class
    /// changes what seeding or indexing produce, e.g. by replacing services, or runs on another database kind).
    /// </summary>
    protected virtual bool FromTemplate => SeedDemo;

    public static Dictionary<string, string?> BaseSettings(string dataDirectory, TestDatabase database) => new()
    {
        ["Data"] = dataDirectory,
        ["Db"] = database.Provider,
        ["Connection"] = database.Connection,
        ["RateLimits:PublicFormsPerMinute"] = "1000",
    };

    /// <summary>Services a test class replaces (e.g. a test search source), registered after the app's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        var template = FromTemplate ? await DemoTemplate.GetAsync() : null;
        database = await TestDatabase.CreateAsync(template?.DatabaseName);
        template?.CopyFolderTo(DataDirectory);
        var settings = BaseSettings(DataDirectory, database);
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        var builder = GongkaiHost.CreateBuilder(settings);
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        ConfigureServices(builder.Services);
        App = GongkaiHost.Build(builder);
        await DataSetup.MigrateAsync(App.Services);
        if (SeedDemo && template is null)
        {
            await DemoSeeder.SeedAsync(App.Services, Password);
        }
        await App.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; it holds no state another test reads.
        }
    }

    public HttpClient Anonymous() => App.GetTestClient();

    /// <summary>A client carrying a bearer token for the user, obtained through the public token endpoint.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = App.GetTestClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}
