using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

public sealed record ListConflictChecksQuery(string? Decision = null, Guid? ClientId = null, int? Limit = null, string? Cursor = null);

/// <summary>The firm's conflict checks, newest first, keyset-paged on (run at, id).</summary>
public sealed class ListConflictChecksHandler(AppDbContext db)
{
    public async Task<Page<ConflictCheckRow>> HandleAsync(ListConflictChecksQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var checks = db.Set<ConflictCheck>().AsNoTracking();
        if (ApiEnums.ParseOptional<ConflictDecision>(query.Decision, "decision") is { } decision)
            checks = checks.Where(c => c.Decision == decision);
        if (query.ClientId is { } clientId)
            checks = checks.Where(c => c.ClientId == clientId);
        if (KeysetCursor.TryParse(query.Cursor, out DateTime runAt, out var id))
            checks = checks.Where(c => c.RunAt < runAt || (c.RunAt == runAt && c.Id.CompareTo(id) < 0));

        var rows = await checks.OrderByDescending(c => c.RunAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(ct);
        var users = await UserNames.OfAsync(db, rows.Select(r => r.RunByUserId), ct);
        var clientIds = rows.Where(r => r.ClientId is not null).Select(r => r.ClientId!.Value).Distinct().ToList();
        var clients = await db.Set<Contact>().AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        var hitCounts = await VisibleHitCountsAsync(rows.Select(r => r.Id).ToList(), ct);
        var items = rows.Select(c => new ConflictCheckRow(c.Id, c.RunAt, c.RunByUserId, users.GetValueOrDefault(c.RunByUserId, "Unknown user"),
            c.Terms.Split('\n'), c.ClientId, c.ClientId is { } k ? clients.GetValueOrDefault(k) : null, hitCounts.GetValueOrDefault(c.Id),
            c.Decision, c.DecidedAt)).ToList();
        return Paging.From(items, limit, r => KeysetCursor.Format(r.RunAt, r.Id));
    }

    /// <summary>
    /// Hits as this user sees them on the check itself: each hit on a matter they may see, plus one line per term
    /// for hits behind a barrier. The stored total would tell an outsider how many restricted matters matched.
    /// </summary>
    private async Task<Dictionary<Guid, int>> VisibleHitCountsAsync(List<Guid> checkIds, CancellationToken ct)
    {
        var hits = await db.Set<ConflictHit>().AsNoTracking()
            .Where(h => checkIds.Contains(h.CheckId))
            .Select(h => new { h.CheckId, h.Term, Visible = !h.Restricted || db.Set<Matter>().Any(m => m.Id == h.MatterId) })
            .ToListAsync(ct);
        return hits.GroupBy(h => h.CheckId).ToDictionary(g => g.Key,
            g => g.Count(h => h.Visible) + g.Where(h => !h.Visible).Select(h => h.Term).Distinct().Count());
    }
}
