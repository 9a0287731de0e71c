using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data;

/// <summary>
/// Inserts many new rows of one entity type past the change tracker: one prepared <c>INSERT … RETURNING key</c>
/// executed per row on the context's connection (EF's reference-counted open) and transaction. Table, columns and value converters are read
/// from the EF Core model, so a property mapped tomorrow is inserted tomorrow without touching this code. The
/// generated key is set on each row. Not audited by itself: <see cref="AppDbContext.InsertBulkAsync{T}"/> adds the
/// batch's one audit entry. Entities with owned or complex types, or a composite generated key, are refused.
/// </summary>
internal static partial class BulkInsert
{
    public static async Task InsertRowsAsync<T>(this AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        if (entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entity.GetComplexProperties().Any())
        {
            throw new InvalidOperationException($"{typeof(T).Name} has owned or complex parts; bulk insert handles plain rows only");
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await InsertOpenAsync(db, entity, rows, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertOpenAsync<T>(AppDbContext db, IEntityType entity, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var key = entity.FindPrimaryKey()!.Properties;
        var generated = key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd ? key[0] : null;
        var columns = entity.GetProperties().Where(p => p != generated).Select(p => new Column(p)).ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = InsertSql(db, entity, columns, generated);
        foreach (var (column, i) in columns.Select((c, i) => (c, i)))
        {
            column.Parameter = column.Mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), null, column.Property.IsNullable);
            command.Parameters.Add(column.Parameter);
        }
        var setKey = generated?.PropertyInfo;
        if (command.Connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && columns.All(CanBindRaw))
        {
            InsertSqlite(sqlite, command.CommandText, columns, setKey, rows);
            return;
        }
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                column.Bind(row);
            }
            if (setKey is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }
            var id = await command.ExecuteScalarAsync(cancellationToken);
            setKey.SetValue(row, Convert.ChangeType(id, setKey.PropertyType, CultureInfo.InvariantCulture));
        }
    }

    private static string InsertSql(AppDbContext db, IEntityType entity, List<Column> columns, IProperty? generated)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Name(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(table)!);
        var names = string.Join(", ", columns.Select(c => Name(c.Property)));
        var values = string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        var returning = generated is null ? "" : " RETURNING " + Name(generated);
        return $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values}){returning}";
    }

    /// <summary>One column: the property's getter, its store type mapping (with the model's converter) and its parameter.</summary>
    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter getter = property.GetGetter();

        public IProperty Property { get; } = property;
        public RelationalTypeMapping Mapping { get; } = property.GetRelationalTypeMapping();
        public DbParameter Parameter { get; set; } = null!;

        /// <summary>The type the provider receives (after the model's value converter), without Nullable.</summary>
        public Type ProviderType { get; } = Unwrapped(property.GetRelationalTypeMapping().Converter?.ProviderClrType ?? property.GetRelationalTypeMapping().ClrType);

        public void Bind(object row) => Parameter.Value = ProviderValue(row) ?? DBNull.Value;

        private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;

        /// <summary>The row's value of this column as the provider stores it (converted), or null.</summary>
        public object? ProviderValue(object row)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
