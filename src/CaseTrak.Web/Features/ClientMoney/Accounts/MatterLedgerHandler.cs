using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// A matter's ledger with its two sides (AR 8.1). The client side is the matter's client-ledger entries; the office
/// side is derived from billing (<see cref="MatterOfficeSide"/>): final bills (debit), credit notes (credit), payments
/// allocated to its bills, transfers from client included (credit), and unbilled disbursements paid from office (debit).
/// The API and the matter's tab read it a page at a time, newest first, because a busy matter's ledger runs to
/// thousands of entries (PERFORMANCE.md scenario 10); the statement PDF reads it whole, oldest first.
/// </summary>
public sealed class MatterLedgerHandler(AppDbContext db, TenantGuard guard)
{
    /// <summary>
    /// One page, newest first, each line with its side's balance after it. The client balance at the top of the page is
    /// the matter's balance now less what every newer entry did, summed by the database: never taken from the cursor.
    /// </summary>
    public async Task<MatterLedgerDto> PageAsync(Guid matterId, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Paging.Clamp(limit);
        var before = MatterLedgerCursor.Parse(cursor);
        IQueryable<MatterClientBalance> balances = db.Set<MatterClientBalance>();
        var matter = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new { m.Id, m.Reference, m.Title, Held = balances.Where(b => b.MatterId == m.Id).Sum(b => b.BalanceMinor) })
            .SingleOrDefaultAsync(ct) ?? throw await guard.NotFoundAsync<Matter>(matterId, ct);

        var client = await MatterClientSide.OlderAsync(db, matterId, before, take + 1, ct);
        var office = await MatterOfficeSide.LinesAsync(db, matterId, ct);
        var owed = OfficeBalances(office);
        var lines = client.Concat(office.Where(l => before is not { } k || l.Key.CompareTo(k) < 0))
            .OrderByDescending(l => l.Key).Take(take + 1).ToList();
        var page = Paging.From(lines, take, l => MatterLedgerCursor.Format(l.Key));

        var held = matter.Held + (before is { } top ? await MatterClientSide.SumFromAsync(db, matterId, top, ct) : 0);
        var names = await NamesAsync(page.Items, ct);
        var entries = new List<MatterLedgerEntry>(page.Items.Count);
        foreach (var l in page.Items)
        {
            // Going back in time: the balance before a client entry is the balance after it, plus the entry (debit+/credit−).
            entries.Add(Entry(l, l.Client ? held : owed[l.Id], names));
            if (l.Client)
                held += l.AmountMinor;
        }
        return new(matter.Id, matter.Reference, matter.Title, matter.Held, office.Sum(l => l.AmountMinor), BillingDisplay.Currency, entries, page.NextCursor);
    }

    /// <summary>The whole ledger, oldest first (the statement PDF).</summary>
    public async Task<MatterLedgerDto> FullHistoryAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId).Select(m => new { m.Id, m.Reference, m.Title }).SingleOrDefaultAsync(ct)
            ?? throw await guard.NotFoundAsync<Matter>(matterId, ct);
        var lines = await MatterClientSide.AllAsync(db, matterId, ct);
        lines.AddRange(await MatterOfficeSide.LinesAsync(db, matterId, ct));
        lines.Sort((a, b) => a.Key.CompareTo(b.Key));
        var names = await NamesAsync(lines, ct);

        long client = 0, office = 0;
        var entries = new List<MatterLedgerEntry>(lines.Count);
        foreach (var l in lines)
        {
            // Client side: money held = credits less debits. Office side: owed to the firm = debits less credits.
            var balance = l.Client ? client -= l.AmountMinor : office += l.AmountMinor;
            entries.Add(Entry(l, balance, names));
        }
        return new(matter.Id, matter.Reference, matter.Title, client, office, BillingDisplay.Currency, entries);
    }

    /// <summary>What the client owes the office after each office line, by the line's id (the office side is short: read whole).</summary>
    private static Dictionary<Guid, long> OfficeBalances(IReadOnlyList<LedgerLine> lines)
    {
        long owed = 0;
        return lines.OrderBy(l => l.Key).ToDictionary(l => l.Id, l => owed += l.AmountMinor);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<LedgerLine> lines, CancellationToken ct)
    {
        var userIds = lines.Select(l => l.EnteredByUserId).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static MatterLedgerEntry Entry(LedgerLine l, long balance, Dictionary<Guid, string> names) =>
        new(l.Date, l.EnteredAt, names.GetValueOrDefault(l.EnteredByUserId) ?? "", l.JournalId, l.JournalNumber is { } n ? LedgerPoster.FormatNumber(n) : null,
            l.Kind, l.Client ? "client" : "office", l.Description, l.Reference, Math.Max(l.AmountMinor, 0), Math.Max(-l.AmountMinor, 0), balance);
}
