using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Gongkai.Data;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

public sealed record ImportReject(int Line, string Reason);

public sealed record ImportSummary(int Added, int AlreadyThere, List<ImportReject> Rejects)
{
    /// <summary>Where the time went (printed by the command): rows per second per 100,000 rows, index rebuild, statistics.</summary>
    public ImportTimings Timings { get; init; } = new([], 0, TimeSpan.Zero, TimeSpan.Zero);
}

/// <summary>Rows per second of each 100,000-row stretch; secondary indexes rebuilt after the rows (0: kept) and the time; ANALYZE's time.</summary>
public sealed record ImportTimings(List<double> RatePer100k, int IndexesRebuilt, TimeSpan IndexTime, TimeSpan AnalyzeTime);

/// <summary>
/// Lands parsed rows as published items in batches (one audit entry per batch): rows whose <c>sourceId</c> is already
/// there are skipped (a re-run adds nothing), rows that fail go to the rejects with their line number and reason.
/// </summary>
public sealed class ImportItems(AppDbContext db, TimeProvider time)
{
    public const int BatchSize = 5000;

    /// <summary>
    /// A file of at least this many rows, and more rows than the table already has, is imported with the non-unique
    /// indexes of <c>Items</c> dropped and built after (<see cref="DeferredIndexes"/>); smaller imports keep them.
    /// </summary>
    public int DeferIndexesFrom { get; set; } = 50_000;

    private readonly Dictionary<int, Func<DateOnly, string?, int, string>> formatters = [];

    private static readonly JsonSerializerOptions RejectJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="rows">The file's rows.</param>
    /// <param name="progress">Called with the number of rows done.</param>
    /// <param name="expectedRows">The file's row count when known (decides whether the indexes are built after the rows).</param>
    public async Task<ImportSummary> RunAsync(IEnumerable<(int Line, ImportRow? Row, string? Error)> rows, Action<int>? progress = null, int expectedRows = 0)
    {
        // One connection for the whole import, one transaction per batch (numbers, items, outbox rows and the audit
        // entry commit together), each unit's 索引号 formatter read once. Parsing, checking and sanitising run on a
        // second thread (a bounded channel between them) while this one writes.
        await db.Database.OpenConnectionAsync();
        var connection = new ImportConnection(db);
        await connection.EnterAsync();
        using var stop = new CancellationTokenSource();
        Task? producer = null;
        var deferred = false;
        try
        {
            var existing = await db.Items.MaxAsync(i => (long?)i.Id) ?? 0;
            deferred = expectedRows >= DeferIndexesFrom && expectedRows > existing;
            var dropped = deferred ? await DeferredIndexes.DropAsync(db) : 0;
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
            var customNodes = await db.CatalogNodes.AsNoTracking().Select(n => n.Code).Distinct().ToListAsync();
            var nodes = StandardCatalog.Nodes.Select(n => n.Code).Concat(customNodes).ToHashSet();
            var channel = Channel.CreateBounded<PreparedRow>(new BoundedChannelOptions(BatchSize * 2) { SingleReader = true, SingleWriter = true });
            var today = Timeliness.ChinaDay(time.GetUtcNow().UtcDateTime);
            producer = Task.Run(() => PrepareAllAsync(rows, units, nodes, today, channel.Writer, stop.Token), stop.Token);
            var (summary, rates) = await SaveAllAsync(channel.Reader, progress);
            // The dropped indexes back, each built by one sorted pass (inside the command and its figure).
            var (rebuilt, indexTime) = await DeferredIndexes.RestoreMissingAsync(db);
            deferred = false;
            // Durable settings back, then fresh planner statistics for what may be most of the table now (both
            // providers accept a bare ANALYZE); its commit is the import's last write.
            await connection.LeaveAsync();
            var analyze = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            return summary with { Timings = new ImportTimings(rates, dropped > 0 ? rebuilt : 0, indexTime, analyze.Elapsed) };
        }
        finally
        {
            await stop.CancelAsync();
            if (producer is not null)
            {
                await producer.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            if (deferred)
            {
                // Failed halfway: the committed batches stay, and so must every index.
                await DeferredIndexes.RestoreMissingAsync(db);
            }
            await connection.LeaveAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record PreparedRow(int Line, ImportRow? Row, Item? Item, string? Reject);

    /// <summary>The pure part of every row (no database): parse, check unit, node and duplicates, build the item.</summary>
    private static async Task PrepareAllAsync(IEnumerable<(int Line, ImportRow? Row, string? Error)> rows, Dictionary<string, int> units,
        HashSet<string> nodes, DateOnly today, ChannelWriter<PreparedRow> writer, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var (line, row, error) in rows)
            {
                var reason = error ?? (row!.UnitCode is var code && !units.ContainsKey(code) ? $"单位“{code}”不存在"
                    : row.Input.CatalogNode is { } node && !nodes.Contains(node) ? $"公开目录节点“{node}”不存在"
                    : !seen.Add(row.SourceId) ? $"来源编号“{row.SourceId}”在文件中重复" : null);
                await writer.WriteAsync(reason is null ? new PreparedRow(line, row, ItemOf(row!, units, today), null)
                    : new PreparedRow(line, null, null, reason), cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    /// <summary>
    /// The item as the history has it: published, or — when its 废止 day has passed — expired (失效) as the publishing job
    /// would have made it, so an imported archive leaves no backlog of expiries for the job's first tick.
    /// </summary>
    private static Item ItemOf(ImportRow row, Dictionary<string, int> units, DateOnly today)
    {
        var late = Timeliness.IsLate(row.Input.FormedOn!.Value, Timeliness.ChinaDay(row.PublishedAt));
        var item = Item.Imported("", row.PublishedAt, row.IndexNumber, late, row.SourceId);
        row.Input.ApplyTo(item, units[row.UnitCode], row.Parsed);
        if (item.RepealedOn <= today)
        {
            item.Apply(ItemAction.Expire);
            item.Validity = item.Validity == Validity.Valid ? Validity.Lapsed : item.Validity;
        }
        return item;
    }

    private async Task<(ImportSummary Summary, List<double> RatePer100k)> SaveAllAsync(ChannelReader<PreparedRow> reader, Action<int>? progress)
    {
        var rejects = new List<ImportReject>();
        var (added, skipped) = (0, 0);
        var batch = new List<PreparedRow>(BatchSize);
        var (rates, stretch, done, mark) = (new List<double>(), Stopwatch.StartNew(), 0, 0);
        async Task FlushAsync()
        {
            var (a, s) = await SaveBatchAsync(batch, rejects);
            (added, skipped) = (added + a, skipped + s);
            progress?.Invoke(batch.Count);
            done += batch.Count;
            batch.Clear();
            if (done >= 100_000 * (rates.Count + 1))
            {
                rates.Add((done - mark) / stretch.Elapsed.TotalSeconds);
                mark = done;
                stretch.Restart();
            }
        }
        await foreach (var row in reader.ReadAllAsync())
        {
            if (row.Reject is not null)
            {
                rejects.Add(new ImportReject(row.Line, row.Reject));
                progress?.Invoke(1);
                continue;
            }
            batch.Add(row);
            if (batch.Count >= BatchSize)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();
        return (new ImportSummary(added, skipped, rejects), rates);
    }

    private async Task<(int Added, int Skipped)> SaveBatchAsync(List<PreparedRow> batch, List<ImportReject> rejects)
    {
        if (batch.Count == 0)
        {
            return (0, 0);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var sourceIds = batch.Select(b => b.Row!.SourceId).ToList();
        // The batch's keys as ONE collection parameter (SQLite json_each, PostgreSQL an array): EF's default of one
        // parameter per element prepared 5,000-parameter statements per batch and bound them by name, O(n²).
        var existing = (await db.Items.AsNoTracking().Where(i => EF.Parameter(sourceIds).Contains(i.SourceId!)).Select(i => i.SourceId!).ToListAsync()).ToHashSet();
        var given = batch.Where(b => b.Row!.IndexNumber is not null).Select(b => b.Row!.IndexNumber!).ToList();
        var taken = (await db.Items.AsNoTracking().Where(i => EF.Parameter(given).Contains(i.IndexNumber!)).Select(i => i.IndexNumber!).ToListAsync()).ToHashSet();
        var items = new List<Item>();
        foreach (var (line, row, item, _) in batch.Where(b => !existing.Contains(b.Row!.SourceId)))
        {
            if (row!.IndexNumber is { } number && !taken.Add(number))
            {
                rejects.Add(new ImportReject(line, $"索引号“{number}”已被使用"));
                continue;
            }
            items.Add(item!);
        }
        if (items.Count == 0)
        {
            return (0, existing.Count);
        }
        await DemoItems.AssignIndexNumbersAsync(new AllocateIndexNumber(db), items, formatters);
        // Past the change tracker: one prepared insert per row, the ids set on the items; then their outbox rows.
        await db.InsertBulkAsync(items, "import", new { count = items.Count, firstLine = batch[0].Line, lastLine = batch[^1].Line });
        var now = time.GetUtcNow().UtcDateTime;
        await db.InsertRowsAsync(items.Select(i => new Gongkai.Search.SearchOutboxEntry
        {
            DocumentId = i.Id, Operation = Gongkai.Search.SearchOperation.Upsert, EnqueuedAt = now,
        }).ToList());
        await transaction.CommitAsync();
        return (items.Count, existing.Count);
    }

    public static async Task WriteRejectsAsync(string path, IEnumerable<ImportReject> rejects)
    {
        await using var writer = new StreamWriter(path);
        foreach (var reject in rejects.OrderBy(r => r.Line))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { line = reject.Line, reason = reject.Reason }, RejectJson));
        }
    }
}
