using System.Data.Common;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.IntegrationTests.Data;

/// <summary>
/// The bulk insert (import's fast path) must store exactly what EF Core's own save stores, column by column, for every
/// mapped property — on the provider of this pass. A property added to <see cref="Item"/> tomorrow is filled here too.
/// </summary>
public sealed class BulkInsertTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_bulk_inserted_item_has_the_same_columns_as_one_saved_by_ef_core()
    {
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "230124-002").Select(u => u.Id).SingleAsync());
        var entity = await app.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(Item))!));
        var (viaEf, viaBulk) = (Filled(entity, unitId, "ef"), Filled(entity, unitId, "bulk"));

        await app.WithDbAsync(async db =>
        {
            db.Items.Add(viaEf);
            await db.SaveChangesAsync();
            await db.Database.OpenConnectionAsync();
            await db.InsertRowsAsync([viaBulk]);
            return 0;
        });

        Assert.NotEqual(0, viaBulk.Id);
        Assert.NotEqual(viaEf.Id, viaBulk.Id);
        var (ef, bulk) = await app.WithDbAsync(async db => (await RowAsync(db, viaEf.Id), await RowAsync(db, viaBulk.Id)));
        var differing = new[] { "Id", "SourceId", "IndexNumber" };
        Assert.Equal(ef.Keys.Order(), bulk.Keys.Order());
        Assert.All(ef.Keys.Except(differing), column => Assert.True(Equals(ef[column], bulk[column]),
            $"{column}: EF stored {ef[column]} ({ef[column]?.GetType().Name}), bulk stored {bulk[column]} ({bulk[column]?.GetType().Name})"));
        var back = await app.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Id == viaBulk.Id));
        Assert.Equal(viaBulk.Channels, back.Channels);
        Assert.Equal(viaBulk.PublishedAt, back.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, back.PublishedAt!.Value.Kind);
    }

    /// <summary>An item with every settable mapped property given a non-default value (foreign keys: a real unit, or null).</summary>
    private static Item Filled(IEntityType entity, int unitId, string tag)
    {
        var item = Item.Imported("批量写入对照标题", new DateTime(2024, 3, 5, 6, 7, 8, 123, DateTimeKind.Utc), $"IDX-{tag}", late: true, sourceId: $"bulk-test-{tag}");
        foreach (var property in entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.PropertyInfo is { } pi && pi.GetSetMethod(true) is not null))
        {
            if (property.Name is nameof(Item.SourceId) or nameof(Item.IndexNumber) or nameof(Item.Title))
            {
                continue;
            }
            var value = property.IsForeignKey() ? (property.Name == nameof(Item.UnitId) ? unitId : null) : Sample(property.PropertyInfo!.PropertyType, property.Name);
            property.PropertyInfo!.SetValue(item, value);
        }
        return item;
    }

    private static object? Sample(Type type, string name)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(string) => "值-" + name,
            _ when t == typeof(int) => 7,
            _ when t == typeof(long) => 9L,
            _ when t == typeof(bool) => true,
            _ when t == typeof(DateTime) => new DateTime(2023, 12, 31, 23, 59, 58, 456, DateTimeKind.Utc),
            _ when t == typeof(DateOnly) => new DateOnly(2022, 2, 28),
            _ when t.IsEnum => Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1),
            _ when t == typeof(List<string>) => new List<string> { "website", "政务公开网" },
            _ => throw new NotSupportedException($"add a sample value for {t.Name} ({name}) to this test"),
        };
    }

    private static async Task<Dictionary<string, object?>> RowAsync(AppDbContext db, long id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT * FROM "Items" WHERE "Id" = @id""";
        var p = command.CreateParameter();
        (p.ParameterName, p.Value) = ("@id", id);
        command.Parameters.Add(p);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName,
            i => reader.IsDBNull(i) ? null : reader.GetValue(i) is Array a ? string.Join("|", a.Cast<object>()) : reader.GetValue(i));
    }
}
