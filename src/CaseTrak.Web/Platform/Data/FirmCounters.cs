using Microsoft.EntityFrameworkCore;

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

    /// <summary>The value <see cref="NextAsync"/> would hand out now, for a confirmation page (another caller may take it first).</summary>
    public async Task<long> PeekAsync(string name, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var last = await db.FirmCounters.AsNoTracking().Where(c => c.FirmId == firmId && c.Name == name).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        return (last ?? 0) + 1;
    }
}
