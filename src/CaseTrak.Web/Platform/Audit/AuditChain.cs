using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Platform.Audit;

/// <summary>Seals new audit events onto their firm's hash chain inside the saving transaction.</summary>
internal static class AuditChain
{
    public static bool HasPending(ChangeTracker tracker) =>
        tracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added);

    public static async Task SealPendingAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        foreach (var firm in pending.GroupBy(e => e.FirmId))
        {
            var head = await LockHeadAsync(db, firm.Key, ct);
            foreach (var e in firm.OrderBy(e => e.At))
            {
                e.Seq = ++head.LastSeq;
                e.PreviousHash = head.LastHash;
                e.Hash = AuditHasher.Hash(head.LastHash, e);
                head.LastHash = e.Hash;
            }
        }
    }

    private static async Task<AuditChainHead> LockHeadAsync(AppDbContext db, Guid firmId, CancellationToken ct)
    {
        // A no-op update takes the row lock (PostgreSQL); SQLite already runs one writer at a time.
        await db.AuditChainHeads.Where(h => h.FirmId == firmId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), ct);
        var tracked = db.ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.Entity.FirmId == firmId);
        if (tracked is not null)
        {
            await tracked.ReloadAsync(ct);
            return tracked.Entity;
        }
        return await db.AuditChainHeads.SingleOrDefaultAsync(h => h.FirmId == firmId, ct)
            ?? throw new InvalidOperationException($"Firm {firmId} has no audit chain head.");
    }
}
