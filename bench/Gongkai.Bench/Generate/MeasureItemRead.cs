using System.Diagnostics;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Portal.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>measure item --data DIR [--ids 20000] [--rounds 3]</c>: in one process and on one thread, the public item read
/// (<see cref="GetPublicItem"/>, what the item page and the public API run) against a plain EF Core row read of the
/// same items, each in its own DI scope as a request has, each item read once per round. Prints µs per read: the
/// data side of bench/run's uncached item page figure, without HTTP, Razor and load-generator noise.
/// </summary>
public static class MeasureItemRead
{
    private static readonly Func<AppDbContext, long, Task<Gongkai.Catalog.Item?>> CompiledRow =
        EF.CompileAsyncQuery((AppDbContext db, long id) => db.Items.AsNoTracking().SingleOrDefault(i => i.Id == id));

    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var count = int.Parse(options.GetValueOrDefault("ids", "20000"));
        var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"));
        var builder = GongkaiHost.CreateBuilder(new Dictionary<string, string?> { ["Data"] = options["data"], ["Urls"] = "http://127.0.0.1:0" });
        await using var app = GongkaiHost.Build(builder);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        List<long> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var visible = PublicItems.Visible(db, TimeProvider.System.GetUtcNow().UtcDateTime).Select(i => i.Id);
            ids = await visible.OrderBy(i => (i * 2654435761L) % 1000003).Take(count * (rounds * 11 + 1)).ToListAsync();
        }
        Console.WriteLine($"item read  {ids.Count / (rounds * 11 + 1)} different visible items per run, one thread, a DI scope per read");
        var next = 0;
        List<long> Slice() => ids.GetRange(next++ * count, count);

        async Task<double> Run(string name, List<long> slice, Func<IServiceProvider, long, Task> read)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var collections = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            foreach (var id in slice)
            {
                await using var scope = scopes.CreateAsyncScope();
                await read(scope.ServiceProvider, id);
            }
            var micros = clock.Elapsed.TotalMicroseconds / slice.Count;
            var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / slice.Count;
            var kilobytes = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / slice.Count;
            Console.WriteLine($"item read  {name,-34} {micros,6:F0} µs per read ({cpuMicros:F0} µs CPU), {kilobytes:F0} KiB allocated, {GC.CollectionCount(0) - collections} GCs");
            return micros;
        }

        static Task Plain(IServiceProvider services, long id) =>
            services.GetRequiredService<AppDbContext>().Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        static Task Compiled(IServiceProvider services, long id) => CompiledRow(services.GetRequiredService<AppDbContext>(), id);
        static async Task Raw(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT * FROM Items WHERE Id = $id";
            var p = command.CreateParameter();
            p.ParameterName = "$id";
            p.Value = id;
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
            await db.Database.CloseConnectionAsync();
        }
        static Task Resolve(IServiceProvider services, long id)
        {
            _ = services.GetRequiredService<AppDbContext>().Model;
            return Task.CompletedTask;
        }
        static async Task OpenClose(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
        }
        var open = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(options["data"], "gongkai.db")}");
        open.Open();
        Task Bare(IServiceProvider services, long id)
        {
            using var command = open.CreateCommand();
            command.CommandText = "SELECT * FROM Items WHERE Id = $id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            reader.Read();
            for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
            return Task.CompletedTask;
        }
        static async Task Unit(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            var unitId = (int)(id % 300) + 1;
            await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Code, u.Name }).SingleOrDefaultAsync();
        }
        static async Task Links(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            var visible = PublicItems.Visible(db, TimeProvider.System.GetUtcNow().UtcDateTime).AsNoTracking();
            long? policy = null;
            await visible.Where(i => (i.PolicyItemId == id && i.Kind == Gongkai.Catalog.ItemKind.Interpretation) || i.Id == policy)
                .OrderBy(i => i.PublishedAt).Select(i => new { i.Id, i.Title }).ToListAsync();
        }
        static async Task Names(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            await CatalogNodeNames.LoadAsync(db, [(int)(id % 300) + 1]);
        }
        static async Task Files(IServiceProvider services, long id)
        {
            var db = services.GetRequiredService<AppDbContext>();
            await Gongkai.Attachments.ListAttachments.ForItemAsync(db, id);
        }
        static Task Public(IServiceProvider services, long id) => services.GetRequiredService<GetPublicItem>().RunAsync(id);

        await Run("warm-up: plain EF row read", Slice(), Plain);
        for (var round = 1; round <= rounds; round++)
        {
            var plain = await Run($"round {round}: plain EF row read", Slice(), Plain);
            await Run($"round {round}: compiled EF row read", Slice(), Compiled);
            await Run($"round {round}: raw ADO row read", Slice(), Raw);
            await Run($"round {round}: resolve context", Slice(), Resolve);
            await Run($"round {round}: open+close", Slice(), OpenClose);
            await Run($"round {round}: bare sqlite read", Slice(), Bare);
            await Run($"round {round}: unit", Slice(), Unit);
            await Run($"round {round}: links", Slice(), Links);
            await Run($"round {round}: names", Slice(), Names);
            await Run($"round {round}: files", Slice(), Files);
            var item = await Run($"round {round}: GetPublicItem", Slice(), Public);
            Console.WriteLine($"item read  round {round}: GetPublicItem costs {item / plain:F2}× the plain row read");
        }
        return 0;
    }
}
