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

    /// <summary>
    /// Records that the caller has already locked and read the firm's head in the current transaction (see
    /// <see cref="FirmCounters.NextLockingAuditChainAsync"/>), so sealing needs no further round trips.
    /// </summary>
    internal static void HeadAlreadyLocked(AppDbContext db, Guid firmId, long lastSeq, string lastHash) =>
        db.LockedAuditHead = new(db.Database.CurrentTransaction, firmId, lastSeq, lastHash);

    private static async Task<AuditChainHead> LockHeadAsync(AppDbContext db, Guid firmId, CancellationToken ct)
    {
        if (db.LockedAuditHead is { } locked && locked.FirmId == firmId && locked.Transaction is not null
            && ReferenceEquals(locked.Transaction, db.Database.CurrentTransaction))
        {
            db.LockedAuditHead = null;
            return Attach(db, firmId, locked.LastSeq, locked.LastHash);
        }
        // A no-op update takes the row lock (PostgreSQL; SQLite runs one writer at a time) and answers the head in the
        // same round trip: appends queue on this row, so every round trip while holding it costs the whole firm.
        var row = (await db.Database.SqlQuery<HeadRow>($"""
            UPDATE audit_chain_heads SET last_seq = last_seq WHERE firm_id = {firmId} RETURNING last_seq, last_hash
            """).ToListAsync(ct)).SingleOrDefault() ?? throw new InvalidOperationException($"Firm {firmId} has no audit chain head.");
        return Attach(db, firmId, row.LastSeq, row.LastHash);
    }

    /// <summary>Tracks the head as the database now holds it, replacing any copy tracked from an earlier save.</summary>
    private static AuditChainHead Attach(AppDbContext db, Guid firmId, long lastSeq, string lastHash)
    {
        if (db.ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.Entity.FirmId == firmId) is { } stale)
            stale.State = EntityState.Detached;
        var head = new AuditChainHead { FirmId = firmId, LastSeq = lastSeq, LastHash = lastHash };
        db.Attach(head);
        return head;
    }

    private sealed record HeadRow(long LastSeq, string LastHash);
}
