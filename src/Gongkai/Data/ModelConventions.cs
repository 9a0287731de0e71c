using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data;

internal static class ModelConventions
{
    /// <summary>An <c>int Version</c> property is the app-managed optimistic concurrency token of its entity.</summary>
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var version = entity.FindProperty("Version");
            if (version is not null && version.ClrType == typeof(int))
            {
                version.IsConcurrencyToken = true;
            }
        }
    }
}

/// <summary>Instants are stored and read back as UTC on every provider.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
