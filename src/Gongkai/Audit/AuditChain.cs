using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Audit;

/// <summary>The hash that links an audit entry to its predecessor (pure).</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(long sequence, DateTime at, string actor, string? unitCode, string action,
        string entityType, string entityId, string? changes, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            actor, unitCode ?? "", action, entityType, entityId, changes ?? "", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static string HashOf(AuditEntry e) =>
        HashOf(e.Sequence, e.At, e.Actor, e.UnitCode, e.Action, e.EntityType, e.EntityId, e.Changes, e.PreviousHash);
}
