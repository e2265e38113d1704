using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// A reconciliation's statement lines, newest first, a page at a time: a busy client account's month runs to tens of
/// thousands of lines, so the reconciliation itself carries only the newest ones and every unmatched one.
/// </summary>
public sealed class StatementLinesQuery(AppDbContext db, TenantGuard guard, CurrentUser me)
{
    /// <summary>How many of the newest lines the reconciliation carries.</summary>
    public const int Listed = 100;

    public async Task<Page<StatementLineDto>> ListAsync(Guid reconciliationId, bool? matched, int? limit, string? cursor, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureReader(await me.LoadAsync(ct), "see reconciliations");
        if (!await db.Set<Reconciliation>().AnyAsync(r => r.Id == reconciliationId, ct))
            throw await guard.NotFoundAsync<Reconciliation>(reconciliationId, ct);
        var rows = Lines(reconciliationId);
        if (matched is { } m)
            rows = m ? rows.Where(l => l.MatchedEntryId != null) : rows.Where(l => l.MatchedEntryId == null);
        if (KeysetCursor.TryParse(cursor, out DateOnly on, out var id))
            rows = rows.Where(l => l.Date < on || (l.Date == on && l.Id.CompareTo(id) < 0));
        var take = Paging.Clamp(limit);
        var page = await WithItemsAsync(rows.OrderByDescending(l => l.Date).ThenByDescending(l => l.Id).Take(take + 1), ct);
        return Paging.From(page, take, l => KeysetCursor.Format(l.Date, l.Id));
    }

    internal IQueryable<StatementLine> Lines(Guid reconciliationId) =>
        db.Set<StatementLine>().AsNoTracking().Where(l => l.ReconciliationId == reconciliationId);

    /// <summary>The lines with the item that explains each, if one does.</summary>
    internal async Task<List<StatementLineDto>> WithItemsAsync(IQueryable<StatementLine> lines, CancellationToken ct) =>
        await lines.Select(l => new StatementLineDto(l.Id, l.Date, l.Description, l.Reference, l.AmountMinor, l.MatchedEntryId, l.MatchKind,
                db.Set<ReconciliationItem>().Where(i => i.StatementLineId == l.Id).Select(i => (Guid?)i.Id).FirstOrDefault()))
            .ToListAsync(ct);
}
