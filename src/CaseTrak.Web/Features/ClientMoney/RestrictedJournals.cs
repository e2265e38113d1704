using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Cash-book lines carry no matter, so the barrier filter does not hide them: a cashier must see every line to
/// reconcile the account. What a line must not show a user outside a barrier is the restricted matter's words
/// (payer, payee, purpose). This finds the journals that touch such a matter, so their text can be withheld.
/// </summary>
public sealed class RestrictedJournals(AppDbContext db)
{
    public const string Placeholder = "Restricted matter";

    public async Task<IReadOnlySet<Guid>> AmongAsync(IReadOnlyCollection<Guid> journalIds, CancellationToken ct)
    {
        if (db.SeesBehindBarriers || journalIds.Count == 0)
            return new HashSet<Guid>();
        var me = db.CurrentUserId;
        var barred = await db.MatterBarriers
            .Where(b => !db.MatterBarrierMembers.Any(m => m.MatterId == b.MatterId && m.UserId == me))
            .Select(b => b.MatterId).ToListAsync(ct);
        if (barred.Count == 0)
            return new HashSet<Guid>();
        var ids = journalIds.Distinct().ToList();
        var hidden = await db.IncludingBarredForTotals<LedgerEntry>()
            .Where(e => ids.Contains(e.JournalId) && e.MatterId != null && barred.Contains(e.MatterId.Value))
            .Select(e => e.JournalId).Distinct().ToListAsync(ct);
        return hidden.ToHashSet();
    }
}
