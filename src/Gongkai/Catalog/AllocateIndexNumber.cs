using System.Globalization;
using System.Data.Common;
using Gongkai.Data;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Catalog;

/// <summary>
/// Hands out 索引号 at publication: the unit's pattern, and a sequence per unit and year kept in a counter row that
/// one atomic <c>UPDATE … RETURNING</c> advances, so parallel publications never get the same number (the unique
/// index on the item is the last guard). A failed publication leaves a gap, never a duplicate.
/// </summary>
public sealed class AllocateIndexNumber(AppDbContext db)
{
    public async Task<string> NextAsync(int unitId, DateOnly day, string? category)
    {
        var format = await FormatterAsync(unitId);
        var last = await ReserveAsync(unitId, day.Year, 1);
        return format(day, category, last);
    }

    /// <summary>A formatter for the unit: (day, category, sequence) → 索引号.</summary>
    public async Task<Func<DateOnly, string?, int, string>> FormatterAsync(int unitId)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Code, u.CreditCode }).SingleAsync();
        var pattern = await db.UnitIndexPatterns.AsNoTracking().Where(p => p.UnitId == unitId).Select(p => p.Pattern).FirstOrDefaultAsync()
            ?? IndexNumberFormat.Default;
        var org = CreditCode.OrganisationCode(unit.CreditCode) ?? unit.Code;
        var region = unit.CreditCode is { Length: 18 } c ? c.Substring(2, 6) : unit.Code.Split('-')[0];
        return (day, category, seq) => IndexNumberFormat.Format(pattern, new IndexNumberParts(unit.CreditCode, org, region, day, category, seq));
    }

    /// <summary>Reserves <paramref name="count"/> numbers and returns the last one (the first is last − count + 1).</summary>
    public async Task<int> ReserveAsync(int unitId, int year, int count)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }
        try
        {
            await ExecuteAsync(connection, """INSERT INTO "IndexCounters" ("UnitId", "Year", "Value") VALUES (@u, @y, 0) ON CONFLICT DO NOTHING""", unitId, year, 0);
            var value = await ExecuteAsync(connection,
                """UPDATE "IndexCounters" SET "Value" = "Value" + @n WHERE "UnitId" = @u AND "Year" = @y RETURNING "Value" """, unitId, year, count);
            return Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Reserves numbers for many unit-years in one statement per 100 (an upsert that adds each count and returns the
    /// new values): the import's batch touches hundreds of unit-years. Returns each unit-year's last number.
    /// Runs on the context's connection (opened here if the caller has not) and its transaction, if any.
    /// </summary>
    public async Task<Dictionary<(int UnitId, int Year), int>> ReserveManyAsync(IReadOnlyList<(int UnitId, int Year, int Count)> wanted)
    {
        var result = new Dictionary<(int UnitId, int Year), int>();
        await db.Database.OpenConnectionAsync();
        try
        {
            // 100, not 500: Microsoft.Data.Sqlite finds each named parameter by a linear search of the statement's
            // parameters, so binding a chunk costs its size squared (500 rows, 1,500 parameters: ~8% of the import's
            // writer time went into these lookups).
            foreach (var chunk in wanted.Chunk(100))
            {
                await ReserveChunkAsync(chunk, result);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return result;
    }

    private async Task ReserveChunkAsync((int UnitId, int Year, int Count)[] chunk, Dictionary<(int UnitId, int Year), int> result)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var rows = new List<string>();
        foreach (var (w, i) in chunk.Select((w, i) => (w, i.ToString(CultureInfo.InvariantCulture))))
        {
            rows.Add($"(@u{i}, @y{i}, @n{i})");
            Add(command, "@u" + i, w.UnitId);
            Add(command, "@y" + i, w.Year);
            Add(command, "@n" + i, w.Count);
        }
        command.CommandText = $"""
            INSERT INTO "IndexCounters" ("UnitId", "Year", "Value") VALUES {string.Join(", ", rows)}
            ON CONFLICT ("UnitId", "Year") DO UPDATE SET "Value" = "IndexCounters"."Value" + excluded."Value"
            RETURNING "UnitId", "Year", "Value"
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            int At(int column) => Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);
            result[(At(0), At(1))] = At(2);
        }
    }

    private async Task<object?> ExecuteAsync(DbConnection connection, string sql, int unitId, int year, int count)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in new[] { ("@u", unitId), ("@y", year), ("@n", count) }.Where(p => sql.Contains(p.Item1, StringComparison.Ordinal)))
        {
            Add(command, name, value);
        }
        return await command.ExecuteScalarAsync();
    }

    private static void Add(DbCommand command, string name, int value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
