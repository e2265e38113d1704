using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The three balances of one client account at a date, each one SUM over the ledger.</summary>
public sealed record AccountTotals(long CashBookMinor, long ClientLedgersMinor, long SuspenseMinor, int CashBookCount);

/// <summary>
/// The client cash book of an account as a reconciliation sees it. Totals cover every matter, barred ones too
/// (only the barrier filter is lifted, never the tenant's), and name none. An entry counts as presented at a date
/// when a statement line dated on or before it is matched to it, so an older reconciliation keeps its timing items
/// after later statements are matched.
/// </summary>
public sealed class ReconciliationBook(AppDbContext db, RestrictedJournals restricted)
{
    public const int ListedTimingItems = 500;

    private IQueryable<LedgerEntry> Entries => db.IncludingBarredForTotals<LedgerEntry>().AsNoTracking();

    public async Task<AccountTotals> TotalsAsync(Guid bankAccountId, DateOnly date, CancellationToken ct)
    {
        var sums = await Entries
            .Where(e => e.BankAccountId == bankAccountId && e.PostedOn <= date
                && (e.Account == LedgerAccountKind.ClientBank || e.Account == LedgerAccountKind.ClientLedger || e.Account == LedgerAccountKind.Suspense))
            .GroupBy(e => e.Account)
            .Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountMinor), Count = g.Count() })
            .ToListAsync(ct);
        long Sum(LedgerAccountKind kind) => sums.Where(s => s.Account == kind).Sum(s => s.Sum);
        return new(Sum(LedgerAccountKind.ClientBank), -Sum(LedgerAccountKind.ClientLedger), -Sum(LedgerAccountKind.Suspense),
            sums.Where(s => s.Account == LedgerAccountKind.ClientBank).Sum(s => s.Count));
    }

    /// <summary>The cash-book entries up to the date that a statement up to the date has shown: their total and count.</summary>
    public async Task<(long Minor, int Count)> PresentedAsync(Guid bankAccountId, DateOnly date, CancellationToken ct)
    {
        var presented = await PresentedEntries(bankAccountId, date)
            .GroupBy(e => 1).Select(g => new { Sum = g.Sum(e => e.AmountMinor), Count = g.Count() }).SingleOrDefaultAsync(ct);
        return (presented?.Sum ?? 0, presented?.Count ?? 0);
    }

    /// <summary>Cash-book entries up to the date not yet on a statement up to it, newest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<CashBookEntryDto>> UnpresentedAsync(Guid bankAccountId, DateOnly date, int limit, CancellationToken ct)
    {
        var rows = await CashBook(bankAccountId, date)
            .Where(e => !db.Set<StatementLine>().Any(l => l.MatchedEntryId == e.Id && l.Date <= date))
            .OrderByDescending(e => e.PostedOn).ThenByDescending(e => e.EnteredAt).Take(limit)
            .Join(db.Set<LedgerJournal>(), e => e.JournalId, j => j.Id,
                (e, j) => new { e.Id, e.JournalId, e.PostedOn, e.Description, j.Reference, j.Number, e.AmountMinor, e.EnteredAt })
            .ToListAsync(ct);
        var hidden = await restricted.AmongAsync(rows.Select(r => r.JournalId).ToList(), ct);
        return rows.OrderBy(r => r.PostedOn).ThenBy(r => r.EnteredAt)
            .Select(r => new CashBookEntryDto(r.Id, r.PostedOn, hidden.Contains(r.JournalId) ? RestrictedJournals.Placeholder : r.Description,
                hidden.Contains(r.JournalId) ? null : r.Reference, LedgerPoster.FormatNumber(r.Number), r.AmountMinor,
                r.AmountMinor >= 0 ? ReconciliationItemKind.UnclearedReceipt : ReconciliationItemKind.UnpresentedPayment))
            .ToList();
    }

    public async Task<long> UnclearedReceiptsAsync(Guid bankAccountId, DateOnly date, CancellationToken ct) =>
        await CashBook(bankAccountId, date)
            .Where(e => e.AmountMinor > 0 && !db.Set<StatementLine>().Any(l => l.MatchedEntryId == e.Id && l.Date <= date))
            .SumAsync(e => e.AmountMinor, ct);

    /// <summary>A cash-book entry on the account no statement line has claimed yet, for matching.</summary>
    public IQueryable<LedgerEntry> Unclaimed(Guid bankAccountId, DateOnly upTo) =>
        CashBook(bankAccountId, upTo).Where(e => !db.Set<StatementLine>().Any(l => l.MatchedEntryId == e.Id));

    private IQueryable<LedgerEntry> CashBook(Guid bankAccountId, DateOnly date) =>
        Entries.Where(e => e.BankAccountId == bankAccountId && e.Account == LedgerAccountKind.ClientBank && e.PostedOn <= date);

    private IQueryable<LedgerEntry> PresentedEntries(Guid bankAccountId, DateOnly date) =>
        db.Set<StatementLine>().AsNoTracking()
            .Where(l => l.BankAccountId == bankAccountId && l.Date <= date && l.MatchedEntryId != null)
            .Join(CashBook(bankAccountId, date), l => l.MatchedEntryId, e => e.Id, (l, e) => e);
}
