using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>The firm's idempotency records, written outside the request's own transaction.</summary>
internal sealed class IdempotencyStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public bool KnowsCaller => db.CurrentFirmId != Guid.Empty && db.CurrentUserId != Guid.Empty;

    public Guid UserId => db.CurrentUserId;

    /// <summary>Claims the key for this request; null when claimed, else the record that holds it.</summary>
    public async Task<IdempotencyRecord?> ClaimAsync(string key, string hash, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Lifetime;
        // Expired keys go as new ones arrive, so the table holds about a day of the firm's requests.
        await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_records WHERE firm_id = {firmId} AND created_at < {expired}", ct);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_records (firm_id, id, "key", request_hash, user_id, completed, status_code, created_at)
            VALUES ({firmId}, {Guid.CreateVersion7()}, {key}, {hash}, {db.CurrentUserId}, {false}, {0}, {now})
            ON CONFLICT (firm_id, "key") DO NOTHING
            """, ct);
        if (inserted == 1)
            return null;
        return await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Key == key, ct);
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
