using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// A matter's ledger with its two sides (AR 8.1), oldest first. The client side is the matter's client-ledger entries;
/// the office side is derived from billing: final bills (debit), credit notes (credit), payments allocated to its bills,
/// transfers from client included (credit), and unbilled disbursements paid from office (debit).
/// </summary>
public sealed class MatterLedgerHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<MatterLedgerDto> HandleAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId).Select(m => new { m.Id, m.Reference, m.Title }).SingleOrDefaultAsync(ct)
            ?? throw await guard.NotFoundAsync<Matter>(matterId, ct);
        var lines = new List<LedgerLine>();
        lines.AddRange(await ClientSideAsync(matterId, ct));
        lines.AddRange(await MatterOfficeSide.LinesAsync(db, matterId, ct));
        var userIds = lines.Select(l => l.EnteredByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        long client = 0, office = 0;
        var entries = new List<MatterLedgerEntry>(lines.Count);
        foreach (var l in lines.OrderBy(l => l.Date).ThenBy(l => l.EnteredAt).ThenBy(l => l.JournalNumber))
        {
            // Client side: money held = credits less debits. Office side: owed to the firm = debits less credits.
            var balance = l.Client ? client -= l.AmountMinor : office += l.AmountMinor;
            entries.Add(new(l.Date, l.EnteredAt, names.GetValueOrDefault(l.EnteredByUserId) ?? "", l.JournalId,
                l.JournalNumber is { } n ? LedgerPoster.FormatNumber(n) : null, l.Kind, l.Client ? "client" : "office", l.Description, l.Reference,
                Math.Max(l.AmountMinor, 0), Math.Max(-l.AmountMinor, 0), balance));
        }
        return new(matter.Id, matter.Reference, matter.Title, client, office, BillingDisplay.Currency, entries);
    }

    private async Task<List<LedgerLine>> ClientSideAsync(Guid matterId, CancellationToken ct)
    {
        var rows = await (from e in db.Set<LedgerEntry>().AsNoTracking()
                          join j in db.Set<LedgerJournal>() on e.JournalId equals j.Id
                          where e.MatterId == matterId && e.Account == LedgerAccountKind.ClientLedger
                          select new { e.PostedOn, j.EnteredAt, j.EnteredByUserId, j.Id, j.Number, j.Kind, e.Description, j.Reference, e.AmountMinor })
            .ToListAsync(ct);
        return rows.Select(r => new LedgerLine(r.PostedOn, r.EnteredAt, r.EnteredByUserId, r.Id, r.Number, Matters.ApiEnums.Name(r.Kind), true,
            r.Description, r.Reference, r.AmountMinor)).ToList();
    }
}
