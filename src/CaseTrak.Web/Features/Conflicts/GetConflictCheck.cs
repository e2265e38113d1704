using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>
/// A check with its hits, redacted for the reader: whether a hit's matter may be shown is decided now,
/// through the barrier filter, so a barrier added after the search still hides it.
/// </summary>
public sealed class GetConflictCheckHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<ConflictCheck> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<ConflictCheck>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw await guard.NotFoundAsync<ConflictCheck>(id, ct);

    public async Task<ConflictCheckDto> HandleAsync(Guid id, CancellationToken ct)
    {
        var check = await LoadAsync(id, ct);
        var terms = check.Terms.Split('\n');
        var hits = await db.Set<ConflictHit>().AsNoTracking().Where(h => h.CheckId == id).ToListAsync(ct);

        var matterIds = hits.Where(h => h.MatterId is not null).Select(h => h.MatterId!.Value).Distinct().ToList();
        var visible = await db.Set<Matter>().AsNoTracking().Where(m => matterIds.Contains(m.Id))
            .Select(m => new { m.Id, m.ClientId }).ToDictionaryAsync(m => m.Id, m => m.ClientId, ct);
        var contactIds = visible.Values.Append(check.ClientId ?? Guid.Empty).Distinct().ToList();
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName }).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        var users = await UserNames.OfAsync(db, [check.RunByUserId, check.DecidedByUserId ?? Guid.Empty], ct);

        var shown = new List<ConflictHitDto>();
        foreach (var group in hits.GroupBy(h => h.Term).OrderBy(g => Array.IndexOf(terms, g.Key)))
        {
            var open = group.Where(h => h.MatterId is null || visible.ContainsKey(h.MatterId.Value)).ToList();
            foreach (var h in open.OrderByDescending(h => h.Score).ThenBy(h => h.MatterReference, StringComparer.Ordinal))
            {
                Guid? clientId = h.MatterId is { } m ? visible[m] : null;
                shown.Add(new(h.Term, h.MatchedName, h.ContactId, h.MatterId, h.MatterReference, clientId,
                    clientId is { } c ? contacts.GetValueOrDefault(c) : null, h.Role, h.Score, h.Restricted));
            }
            // However many there are, one line per term: even the count could say too much.
            var hidden = group.Except(open).ToList();
            if (hidden.Count > 0)
                shown.Add(new(group.Key, ConflictHitDto.RestrictedName, null, null, null, null, null, null, hidden.Max(h => h.Score), true));
        }

        return new(check.Id, check.RunAt, check.RunByUserId, users.GetValueOrDefault(check.RunByUserId, "Unknown user"), terms,
            check.Notes, check.ClientId, check.ClientId is { } client ? contacts.GetValueOrDefault(client) : null, shown,
            check.Decision, check.DecisionReason, check.DecidedByUserId,
            check.DecidedByUserId is { } by ? users.GetValueOrDefault(by, "Unknown user") : null, check.DecidedAt);
    }
}
