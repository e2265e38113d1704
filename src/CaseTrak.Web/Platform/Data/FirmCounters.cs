using System.Data.Common;
using CaseTrak.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// Hands out the next number of a per-firm sequence inside the caller's transaction. The upsert takes a
/// row lock (PostgreSQL) or runs under SQLite's single writer, so concurrent callers queue, and a rolled
/// back transaction gives its number back: the sequence has no gaps and never repeats.
/// </summary>
public sealed class FirmCounters(AppDbContext db)
{
    public async Task<long> NextAsync(string name, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Take a counter value inside the transaction that uses it.");
        var firmId = db.CurrentFirmId;
        if (firmId == Guid.Empty)
            throw new InvalidOperationException("No firm is known for this counter.");

        var values = await db.Database.SqlQuery<long>($"""
            INSERT INTO firm_counters (firm_id, name, value) VALUES ({firmId}, {name}, 1)
            ON CONFLICT (firm_id, name) DO UPDATE SET value = firm_counters.value + 1
            RETURNING value AS "Value"
            """).ToListAsync(ct);
        return values.Single();
    }

    /// <summary>
    /// <see cref="NextAsync"/>, and in the same round trip the lock on the firm's audit-chain head that saving this
    /// transaction's audit events takes anyway (counter first, then head: the order every writer keeps). For hot
    /// paths such as ledger postings, which hold both firm-wide rows until they commit: every round trip saved
    /// under those locks is throughput for the whole firm. SQLite runs one writer at a time, so it needs no such help.
    /// </summary>
    public async Task<long> NextLockingAuditChainAsync(string name, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
            return await NextAsync(name, ct);
        var firmId = db.CurrentFirmId;
        if (db.Database.CurrentTransaction is not { } transaction || firmId == Guid.Empty)
            throw new InvalidOperationException("Take a counter value inside the transaction that uses it, for a known firm.");

        await using var batch = db.Database.GetDbConnection().CreateBatch();
        batch.Transaction = transaction.GetDbTransaction();
        Add(batch, """
            INSERT INTO firm_counters (firm_id, name, value) VALUES ($1, $2, 1)
            ON CONFLICT (firm_id, name) DO UPDATE SET value = firm_counters.value + 1 RETURNING value
            """, firmId, name);
        Add(batch, "UPDATE audit_chain_heads SET last_seq = last_seq WHERE firm_id = $1 RETURNING last_seq, last_hash", firmId);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var value = reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw new InvalidOperationException($"Firm {firmId} has no audit chain head.");
        AuditChain.HeadAlreadyLocked(db, firmId, reader.GetInt64(0), reader.GetString(1));
        return value;
    }

    private static void Add(DbBatch batch, string sql, params object[] values)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        batch.BatchCommands.Add(command);
    }

    /// <summary>The value <see cref="NextAsync"/> would hand out now, for a confirmation page (another caller may take it first).</summary>
    public async Task<long> PeekAsync(string name, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var last = await db.FirmCounters.AsNoTracking().Where(c => c.FirmId == firmId && c.Name == name).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        return (last ?? 0) + 1;
    }
}
