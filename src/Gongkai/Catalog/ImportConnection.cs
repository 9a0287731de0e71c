using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>
/// SQLite settings of the import's one connection while it runs, put back before it returns to the pool (no-ops on
/// PostgreSQL). A 256 MiB page cache (the default 2 MiB has a million rows' unique 索引号 and sourceId indexes read and
/// written through the kernel); <c>synchronous=NORMAL</c> under WAL (a commit does not wait for fsync; checkpoints still
/// sync) and checkpoints every 64 MiB of WAL instead of 4 MiB (the batch's index pages are copied back once, not per
/// commit). Durable at the end: <see cref="LeaveAsync"/> puts <c>synchronous</c> back before the import's last write
/// (the statistics), whose commit under FULL fsyncs the WAL and with it every batch still in it.
/// </summary>
internal sealed class ImportConnection(AppDbContext db)
{
    private const string Enter = "PRAGMA cache_size = -262144; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384; PRAGMA temp_store = MEMORY";
    private long synchronous = 2;

    public async Task EnterAsync()
    {
        if (db.Database.IsSqlite())
        {
            synchronous = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();
            await db.Database.ExecuteSqlRawAsync(Enter);
        }
    }

    /// <summary>The pool's defaults back (2 MiB cache, 1,000-page checkpoints, the synchronous level found).</summary>
    public async Task LeaveAsync()
    {
        if (db.Database.IsSqlite())
        {
            var restore = "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000; PRAGMA temp_store = DEFAULT; PRAGMA synchronous = "
                + synchronous.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync(restore);
        }
    }
}
