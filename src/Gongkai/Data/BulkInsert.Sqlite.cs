using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Gongkai.Data;

/// <summary>
/// The SQLite fast path of <see cref="BulkInsert"/>: one statement prepared on the connection's handle, each column
/// bound by its ordinal (Microsoft.Data.Sqlite looks every parameter up by name and builds a data reader per execution;
/// at 38 columns and a million rows that was a third of the import's writer thread). Values are stored exactly as
/// Microsoft.Data.Sqlite stores them (the same text for dates and times, integers for booleans) —
/// <c>BulkInsertTests</c> compares a row written here with one saved by EF Core, column by column. Columns of any
/// other provider type (or stored as REAL julian days) send the whole insert down the ADO.NET path instead.
/// </summary>
internal static partial class BulkInsert
{
    private static readonly HashSet<Type> RawTypes =
        [typeof(string), typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(DateTime), typeof(DateOnly)];

    private static bool CanBindRaw(Column column) =>
        RawTypes.Contains(column.ProviderType) && column.Parameter is SqliteParameter { SqliteType: not SqliteType.Real };

    private static void InsertSqlite<T>(SqliteConnection connection, string sql, List<Column> columns, PropertyInfo? setKey, IReadOnlyList<T> rows)
        where T : class
    {
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    Check(Bind(statement, i + 1, columns[i].ProviderValue(row)), db);
                }
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW && setKey is not null)
                {
                    setKey.SetValue(row, Convert.ChangeType(raw.sqlite3_column_int64(statement, 0), setKey.PropertyType, CultureInfo.InvariantCulture));
                    rc = raw.sqlite3_step(statement);
                }
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
            }
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        short s => raw.sqlite3_bind_int64(statement, index, s),
        byte b => raw.sqlite3_bind_int64(statement, index, b),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        // The text Microsoft.Data.Sqlite's value binder writes for these.
        DateTime t => raw.sqlite3_bind_text(statement, index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"no SQLite binding for {value.GetType().Name}"),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
