using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>serve rows --data DIR --urls URL</c>: the baseline of issue 8's "an uncached item page at least as fast as a plain
/// EF Core row read". <c>GET /rows/{id}</c> reads one item row with the product's own <see cref="AppDbContext"/> (one
/// LINQ query, no tracking, the default EF options) from the instance's SQLite file and answers it as JSON, through a
/// minimal Kestrel app with nothing else in its pipeline. bench/run loads it exactly as it loads the item page.
/// </summary>
public static class ServeRows
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.GetValueOrDefault("urls", "http://127.0.0.1:5393"));
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options["data"], "gongkai.db"),
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditActor>();
        builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        await using var app = builder.Build();
        app.MapGet("/rows/{id:long}", async (long id, AppDbContext db, CancellationToken cancellationToken) =>
            await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
                ? Results.Ok(item)
                : Results.NotFound());
        await app.RunAsync();
        return 0;
    }
}
