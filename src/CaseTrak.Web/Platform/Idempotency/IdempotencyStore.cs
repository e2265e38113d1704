using System.Collections.Concurrent;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>The firm's idempotency records, written outside the request's own transaction.</summary>
internal sealed class IdempotencyStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<Guid, DateTime> LastSweep = new();

    public bool KnowsCaller => db.CurrentFirmId != Guid.Empty && db.CurrentUserId != Guid.Empty;

    public Guid UserId => db.CurrentUserId;

    /// <summary>Claims the key for this request; null when claimed, else the record that holds it.</summary>
    public async Task<IdempotencyRecord?> ClaimAsync(string key, string hash, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Lifetime;
        // Expired keys go as new ones arrive, so the table holds about a day of the firm's requests; each node sweeps a
        // firm's now and then rather than on every request, which would double the statements of a busy posting path.
        if (SweepDue(firmId, now))
            await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_records WHERE firm_id = {firmId} AND created_at < {expired}", ct);
        if (await InsertAsync(firmId, key, hash, now, ct))
            return null;
        var held = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Key == key, ct);
        if (held.CreatedAt >= expired)
            return held;
        // Remembered past its lifetime (not swept yet): the key is free again.
        await db.Set<IdempotencyRecord>().Where(r => r.Key == key && r.CreatedAt < expired).ExecuteDeleteAsync(ct);
        return await InsertAsync(firmId, key, hash, now, ct) ? null : await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Key == key, ct);
    }

    private async Task<bool> InsertAsync(Guid firmId, string key, string hash, DateTime now, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_records (firm_id, id, "key", request_hash, user_id, completed, status_code, created_at)
            VALUES ({firmId}, {Guid.CreateVersion7()}, {key}, {hash}, {db.CurrentUserId}, {false}, {0}, {now})
            ON CONFLICT (firm_id, "key") DO NOTHING
            """, ct) == 1;

    private static bool SweepDue(Guid firmId, DateTime now)
    {
        var last = LastSweep.GetOrAdd(firmId, DateTime.MinValue);
        return now - last >= SweepEvery && LastSweep.TryUpdate(firmId, now, last);
    }

    public Task CompleteAsync(string key, int status, string? contentType, string? location, byte[] body) =>
        db.Set<IdempotencyRecord>().Where(r => r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Completed, true)
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Location, string.IsNullOrEmpty(location) ? null : location)
            .SetProperty(r => r.Body, body)
            .SetProperty(r => r.CompletedAt, clock.GetUtcNow().UtcDateTime));

    public Task ReleaseAsync(string key) =>
        db.Set<IdempotencyRecord>().Where(r => r.Key == key && !r.Completed).ExecuteDeleteAsync();
}
