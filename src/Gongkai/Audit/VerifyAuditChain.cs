using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Audit;

public sealed record AuditVerification(bool Ok, long Checked, long? BrokenAt, string? Reason);

/// <summary>Walks the chain in order and recomputes every hash; the first mismatch or gap is reported.</summary>
public sealed class VerifyAuditChain(AppDbContext db)
{
    public async Task<AuditVerification> RunAsync(CancellationToken cancellationToken = default)
    {
        var previous = AuditChain.Genesis;
        long expected = 1;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return new(false, count, expected, $"第{expected}条记录缺失");
            }
            if (entry.PreviousHash != previous)
            {
                return new(false, count, entry.Sequence, $"第{entry.Sequence}条记录与前一条记录的链接不符");
            }
            if (AuditChain.HashOf(entry) != entry.Hash)
            {
                return new(false, count, entry.Sequence, $"第{entry.Sequence}条记录的内容已被改动");
            }
            previous = entry.Hash;
            expected++;
            count++;
        }
        return new(true, count, null, null);
    }
}
