using System.Diagnostics;
using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data;

/// <summary>
/// The non-unique secondary indexes of the tables a large import fills (<see cref="Item"/>), dropped before the rows go
/// in and built again after: one sorted <c>CREATE INDEX</c> per index instead of a million random B-tree inserts each
/// (past a few hundred thousand rows those indexes outgrow the page cache). Unique indexes stay, so the import's
/// duplicate checks and constraints remain exact. Names and definitions come from the EF Core model through the
/// provider's migrations SQL generator, so a rebuilt index is the statement a migration writes
/// (<c>DeferredIndexesTests</c> compares the schema). If a process dies between drop and rebuild,
/// <see cref="RestoreMissingAsync"/> — run by every start-up after the migrations (<see cref="DataSetup.MigrateAsync"/>)
/// (every verb, the import's included) — creates whatever the model has and the database lacks.
/// </summary>
internal static class DeferredIndexes
{
    private static readonly Type[] Tables = [typeof(Item)];

    /// <summary>The deferrable indexes: non-unique indexes of the tables above, as the model defines them.</summary>
    public static IReadOnlyList<ITableIndex> Of(AppDbContext db) => Of(db.Model);

    /// <summary>
    /// From the runtime model (names, for the drop and the start-up check) or the design-time one (full definitions, to
    /// build: the runtime model leaves out e.g. the sort order; built only when an index is missing).
    /// </summary>
    private static IReadOnlyList<ITableIndex> Of(IModel model)
    {
        var relational = model.GetRelationalModel();
        return Tables.Select(t => model.FindEntityType(t)!)
            .Select(e => relational.FindTable(e.GetTableName()!, e.GetSchema())!)
            .SelectMany(t => t.Indexes).Where(i => !i.IsUnique).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Drops the deferrable indexes (those present) in one transaction; returns how many.</summary>
    public static async Task<int> DropAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var present = await PresentAsync(db, cancellationToken);
        var drop = Of(db).Where(i => present.Contains(i.Name)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var index in drop)
        {
            // A name from the model, delimited by the provider: nothing from outside goes into this statement.
            var statement = "DROP INDEX " + sql.DelimitIdentifier(index.Name, index.Table.Schema);
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return drop.Count;
    }

    /// <summary>Creates every deferrable index the database lacks, from the model; returns how many and how long it took.</summary>
    public static async Task<(int Created, TimeSpan Took)> RestoreMissingAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var present = await PresentAsync(db, cancellationToken);
        var missing = Of(db).Where(i => !present.Contains(i.Name)).ToList();
        if (missing.Count == 0)
        {
            return (0, clock.Elapsed);
        }
        var design = db.GetService<IDesignTimeModel>().Model;
        var names = missing.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var operations = Of(design).Where(i => names.Contains(i.Name)).Select(i => (MigrationOperation)CreateIndexOperation.CreateFrom(i)).ToList();
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, design);
        foreach (var command in commands)
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }
        return (missing.Count, clock.Elapsed);
    }

    /// <summary>
    /// Names of the indexes the database has on the deferring tables (SQLite's schema table, PostgreSQL's catalogue),
    /// read by a plain command: this runs at every start-up, before the first answer, where a LINQ query would pay for
    /// compiling EF Core's query pipeline.
    /// </summary>
    private static async Task<HashSet<string>> PresentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = db.Database.IsSqlite()
                ? "SELECT name FROM sqlite_master WHERE type = 'index'"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return names;
    }
}
