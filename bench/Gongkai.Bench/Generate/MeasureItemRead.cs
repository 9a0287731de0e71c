using System.Diagnostics;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Portal.Items;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Bench.Generate;

/// <summary>
/// <c>measure item --data DIR [--ids 10000] [--rounds 3]</c>: in one process and on one thread, the public item read
/// (<see cref="GetPublicItem"/>, what the item page and the public API run) against a plain EF Core row read of an
/// item on the product's own (pooled) context, each in its own DI scope as a request has, and against the floor: the
/// same row read with Microsoft.Data.Sqlite on one open connection. Every read is of an item not read before in the
/// run. Prints µs per read: the data side of bench/run's uncached item page figure, without HTTP and Razor.
/// </summary>
public static class MeasureItemRead
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var count = int.Parse(options.GetValueOrDefault("ids", "10000"));
        var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"));
        var builder = GongkaiHost.CreateBuilder(new Dictionary<string, string?> { ["Data"] = options["data"], ["Urls"] = "http://127.0.0.1:0" });
        await using var app = GongkaiHost.Build(builder);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        List<long> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ids = await PublicItems.Visible(db, TimeProvider.System.GetUtcNow().UtcDateTime).Select(i => i.Id)
                .OrderBy(i => (i * 2654435761L) % 1000003).Take(count * (rounds * 3 + 1)).ToListAsync();
        }
        count = ids.Count / (rounds * 3 + 1);
        Console.WriteLine($"item read  {count} different visible items per run, one thread, a DI scope per read");
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(options["data"], "gongkai.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var next = 0;

        async Task<double> Run(string name, Func<IServiceProvider, long, Task> read)
        {
            var slice = ids.GetRange(next++ * count, count);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            foreach (var id in slice)
            {
                await using var scope = scopes.CreateAsyncScope();
                await read(scope.ServiceProvider, id);
            }
            var micros = clock.Elapsed.TotalMicroseconds / slice.Count;
            var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / slice.Count;
            var kilobytes = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / slice.Count;
            Console.WriteLine($"item read  {name,-42} {micros,6:F0} µs per read ({cpuMicros:F0} µs CPU, {kilobytes:F0} KiB allocated)");
            return micros;
        }

        static Task Plain(IServiceProvider services, long id) =>
            services.GetRequiredService<AppDbContext>().Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        static Task Public(IServiceProvider services, long id) => services.GetRequiredService<GetPublicItem>().RunAsync(id);
        async Task Bare(IServiceProvider _, long id)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM Items WHERE Id = $id";
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                reader.GetValue(i);
            }
        }

        await Run("warm-up: plain EF row read", Plain);
        for (var round = 1; round <= rounds; round++)
        {
            var plain = await Run($"round {round}: plain EF row read", Plain);
            var item = await Run($"round {round}: GetPublicItem", Public);
            await Run($"round {round}: bare Microsoft.Data.Sqlite read", Bare);
            Console.WriteLine($"item read  round {round}: GetPublicItem = {item / plain:F2}× the plain row read's time");
        }
        return 0;
    }
}
