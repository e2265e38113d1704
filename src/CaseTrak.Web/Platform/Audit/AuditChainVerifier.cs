using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Audit;

public sealed record AuditVerification(bool Valid, long Events, long? FirstInvalidSeq, string? Problem);

/// <summary>
/// Walks a firm's chain in order and recomputes every hash. A changed row breaks its own hash, a deleted
/// row breaks the sequence, and a deleted tail no longer meets the chain head.
/// </summary>
public static class AuditChainVerifier
{
    private const int Batch = 2000;

    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, Guid firmId, CancellationToken ct)
    {
        var previousHash = AuditHasher.Genesis;
        long expectedSeq = 1, count = 0;
        while (true)
        {
            var from = expectedSeq;
            var rows = await db.AuditEvents.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
                .Where(e => e.FirmId == firmId && e.Seq >= from)
                .OrderBy(e => e.Seq).Take(Batch).ToListAsync(ct);
            foreach (var e in rows)
            {
                if (e.Seq != expectedSeq)
                    return new(false, count, expectedSeq, $"Event {expectedSeq} is missing.");
                if (e.PreviousHash != previousHash || AuditHasher.Hash(previousHash, e) != e.Hash)
                    return new(false, count, e.Seq, $"Event {e.Seq} does not match its hash.");
                previousHash = e.Hash;
                expectedSeq++;
                count++;
            }
            if (rows.Count < Batch)
                break;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.FirmId == firmId, ct);
        if (head is null || head.LastSeq != count || head.LastHash != previousHash)
            return new(false, count, count + 1, $"The chain ends at event {count} but the head says {head?.LastSeq}.");
        return new(true, count, null, null);
    }
}
