using System.Text.Json;
using Gongkai.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    // Appends to the chain are serialised in-process; PostgreSQL also takes an advisory lock across nodes.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);
    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Version"];
    private readonly List<PendingAudit> namedActions = [];

    /// <summary>Records a named action (publish, login, override…) with the next save.</summary>
    public void RecordAction(string action, string entityType, string entityId, object? details = null) =>
        namedActions.Add(new PendingAudit(action, entityType, () => entityId,
            details is null ? null : JsonSerializer.Serialize(details, AuditJson)));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var pending = CaptureChanges();
        pending.AddRange(namedActions);
        namedActions.Clear();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await ChainLock.WaitAsync(cancellationToken);
        try
        {
            var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await using (owned)
            {
                var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await AppendToChainAsync(pending, cancellationToken);
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (owned is not null)
                {
                    await owned.CommitAsync(cancellationToken);
                }
                return count;
            }
        }
        finally
        {
            ChainLock.Release();
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { ClrType: var t } && t == typeof(int))
            {
                var property = entry.Property("Version");
                property.CurrentValue = (int)property.OriginalValue! + 1;
            }
        }
    }

    private List<PendingAudit> CaptureChanges()
    {
        var result = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached
                || entry.Metadata.ClrType.GetCustomAttributes(typeof(NotAuditedAttribute), false).Length > 0)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            };
            var changes = DescribeChanges(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            var captured = entry;
            result.Add(new PendingAudit(action, entry.Metadata.ClrType.Name, () => KeyOf(captured),
                JsonSerializer.Serialize(changes, AuditJson)));
        }
        return result;
    }

    private static Dictionary<string, object?[]> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }
            var personal = property.Metadata.PropertyInfo?.GetCustomAttributes(typeof(PersonalDataAttribute), true).Length > 0;
            object? Show(object? v) => personal && v is not null ? "***" : v;
            var before = entry.State == EntityState.Added ? null : Show(property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Show(property.CurrentValue);
            if (entry.State == EntityState.Modified && Equals(before, after) && !personal)
            {
                continue;
            }
            changes[name] = [before, after];
        }
        return changes;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private async Task AppendToChainAsync(List<PendingAudit> pending, CancellationToken cancellationToken)
    {
        if (Database.IsNpgsql())
        {
            await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7311)", cancellationToken);
        }
        var last = await AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = Time.GetUtcNow().UtcDateTime;
        // Millisecond precision survives every provider's round trip, so the hash can be recomputed.
        var at = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        foreach (var p in pending)
        {
            sequence++;
            var entityId = p.EntityId();
            var hash = AuditChain.HashOf(sequence, at, Actor.Name, Actor.UnitCode, p.Action, p.EntityType, entityId, p.Changes, previous);
            AuditEntries.Add(new AuditEntry
            {
                Sequence = sequence, At = at, Actor = Actor.Name, UnitCode = Actor.UnitCode, Action = p.Action,
                EntityType = p.EntityType, EntityId = entityId, Changes = p.Changes, PreviousHash = previous, Hash = hash,
            });
            previous = hash;
        }
    }

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record PendingAudit(string Action, string EntityType, Func<string> EntityId, string? Changes);
}

/// <summary>Marks an entity whose rows are operational plumbing (outbox, cache), not records anyone changes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;
