using Gongkai.Accounts;
using Gongkai.Data;

namespace Gongkai.Infrastructure;

/// <summary>
/// Composition of the whole product: every feature adds its services in <see cref="CreateBuilder"/>
/// and its endpoints and pages in <see cref="Build"/>. The CLI, the server and the tests all start here.
/// </summary>
public static class GongkaiHost
{
    public static WebApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(GongkaiHost).Assembly.GetName().Name,
            Args = [],
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("GONGKAI_")
            .AddInMemoryCollection(settings);

        var options = builder.Configuration.Get<GongkaiOptions>() ?? new GongkaiOptions();
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new StartupException(string.Join("; ", problems));
        }
        Directory.CreateDirectory(options.DataPath);
        if (builder.Configuration["Urls"] is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddGongkaiData(options);
        builder.AddWebInfrastructure(options);
        builder.Services.AddAccounts(options);
        builder.Services.AddFeatures(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseWebInfrastructure();
        app.MapFeatures();
        return app;
    }

    /// <summary>Builds the app and brings its database up to date: what every verb does before its work.</summary>
    public static async Task<WebApplication> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var app = Build(CreateBuilder(settings));
        await DataSetup.MigrateAsync(app.Services);
        return app;
    }
}
