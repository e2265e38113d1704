using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The three balances of one client account at a date.</summary>
public sealed record AccountTotals(long CashBookMinor, long ClientLedgersMinor, long SuspenseMinor)
{
    public static readonly AccountTotals Zero = new(0, 0, 0);
}

/// <summary>
/// The account's last sign-off on or before a date that still stands: nothing dated on or before its statement date
/// has been posted to the account since, so its frozen figures and <see cref="Reconciliation.SettledBefore"/> hold.
/// </summary>
public sealed record Settlement(DateOnly StatementDate, DateOnly SettledBefore, AccountTotals Figures);

/// <summary>
/// The cash-book entries of an account at a date that no statement up to that date has shown yet (uncleared receipts
/// and unpresented payments): how many, their total, the receipts among them, and the oldest one's date.
/// </summary>
public sealed record TimingTotals(int Count, long Minor, long ReceiptsMinor, DateOnly? Earliest)
{
    public long PaymentsMinor => Minor - ReceiptsMinor;

    public static TimingTotals Of(IReadOnlyList<CashBookEntryDto> entries) =>
        new(entries.Count, entries.Sum(e => e.AmountMinor), entries.Where(e => e.AmountMinor > 0).Sum(e => e.AmountMinor),
            entries.Count == 0 ? null : entries.Min(e => e.PostedOn));
}

/// <summary>
/// The client cash book of an account as a reconciliation sees it. Totals cover every matter, barred ones too
/// (only the barrier filter is lifted, never the tenant's), and name none. An entry counts as presented at a date
/// when a statement line dated on or before it is matched to it, so an older reconciliation keeps its timing items
/// after later statements are matched.
/// Both carry forward from the account's last standing sign-off (<see cref="LastSettlementAsync"/>): the balances from
/// its frozen figures, and timing items are looked for only from its <see cref="Reconciliation.SettledBefore"/> on, as
/// every older entry had been presented by then. A month's reconciliation reads a month of the ledger, not all of it.
/// </summary>
public sealed class ReconciliationBook(AppDbContext db, RestrictedJournals restricted)
{
    public const int ListedTimingItems = 500;

    private IQueryable<LedgerEntry> Entries => db.IncludingBarredForTotals<LedgerEntry>().AsNoTracking();

    /// <summary>
    /// The account's last sign-off on or before the date, unless an entry dated on or before its statement date has been
    /// posted to the account since (by journal number: numbers are taken under a lock held to commit, so they commit in order).
    /// </summary>
    public async Task<Settlement?> LastSettlementAsync(Guid bankAccountId, DateOnly date, CancellationToken ct)
    {
        var last = await db.Set<Reconciliation>().AsNoTracking()
            .Where(r => r.BankAccountId == bankAccountId && r.Status == ReconciliationStatus.SignedOff && r.StatementDate <= date
                && r.SettledBefore != null && r.JournalsThrough != null)
            .OrderByDescending(r => r.StatementDate)
            .Select(r => new
            {
                r.StatementDate, SettledBefore = r.SettledBefore!.Value, JournalsThrough = r.JournalsThrough!.Value,
                Figures = new AccountTotals(r.CashBookMinor ?? 0, r.ClientLedgersMinor ?? 0, r.SuspenseMinor ?? 0),
            })
            .FirstOrDefaultAsync(ct);
        if (last is null)
            return null;
        var datedBack = await db.Set<LedgerJournal>().AsNoTracking()
            .Where(j => j.Number > last.JournalsThrough && j.PostedOn <= last.StatementDate)
            .AnyAsync(j => Entries.Any(e => e.JournalId == j.Id && e.BankAccountId == bankAccountId), ct);
        return datedBack ? null : new(last.StatementDate, last.SettledBefore, last.Figures);
    }

    /// <summary>
    /// The three balances at the date: the settlement's frozen figures plus what was posted after its statement date,
    /// so a month's reconciliation sums a month of the ledger, not all of it. With no settlement, every entry is summed.
    /// </summary>
    public async Task<AccountTotals> TotalsAsync(Guid bankAccountId, DateOnly date, Settlement? from, CancellationToken ct)
    {
        var after = from?.StatementDate ?? DateOnly.MinValue;
        var sums = await Entries
            .Where(e => e.BankAccountId == bankAccountId && e.PostedOn <= date && e.PostedOn > after
                && (e.Account == LedgerAccountKind.ClientBank || e.Account == LedgerAccountKind.ClientLedger || e.Account == LedgerAccountKind.Suspense))
            .GroupBy(e => e.Account)
            .Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountMinor) })
            .ToListAsync(ct);
        long Sum(LedgerAccountKind kind) => sums.Where(s => s.Account == kind).Sum(s => s.Sum);
        var carried = from?.Figures ?? AccountTotals.Zero;
        return new(carried.CashBookMinor + Sum(LedgerAccountKind.ClientBank), carried.ClientLedgersMinor - Sum(LedgerAccountKind.ClientLedger),
            carried.SuspenseMinor - Sum(LedgerAccountKind.Suspense));
    }

    /// <summary>
    /// The earliest posting date a timing item can have: the settlement's <see cref="Reconciliation.SettledBefore"/>,
    /// unless a statement line of its period is still open to matching (on a reconciliation not signed off); then the
    /// beginning of time.
    /// </summary>
    public async Task<DateOnly> FloorAsync(Guid bankAccountId, Settlement? from, CancellationToken ct)
    {
        if (from is null)
            return DateOnly.MinValue;
        var periodStillOpen = await db.Set<Reconciliation>().AsNoTracking()
            .Where(r => r.BankAccountId == bankAccountId && r.Status != ReconciliationStatus.SignedOff)
            .AnyAsync(r => db.Set<StatementLine>().Any(l => l.ReconciliationId == r.Id && l.Date <= from.StatementDate), ct);
        return periodStillOpen ? DateOnly.MinValue : from.SettledBefore;
    }

    /// <summary>The timing items at the date, counted and summed in one pass from <paramref name="floor"/> on.</summary>
    public async Task<TimingTotals> TimingAsync(Guid bankAccountId, DateOnly date, DateOnly floor, CancellationToken ct)
    {
        var totals = await Unpresented(bankAccountId, date, floor)
            .GroupBy(e => 1)
            .Select(g => new
            {
                Count = g.Count(), Sum = g.Sum(e => e.AmountMinor), Receipts = g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
                Earliest = g.Min(e => e.PostedOn),
            })
            .SingleOrDefaultAsync(ct);
        return totals is null ? new(0, 0, 0, null) : new(totals.Count, totals.Sum, totals.Receipts, totals.Earliest);
    }

    /// <summary>Cash-book entries up to the date not yet on a statement up to it, newest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<CashBookEntryDto>> UnpresentedAsync(Guid bankAccountId, DateOnly date, DateOnly floor, int limit, CancellationToken ct)
    {
        var rows = await Unpresented(bankAccountId, date, floor)
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

    /// <summary>The last journal number posted so far, kept at sign-off (see <see cref="Reconciliation.JournalsThrough"/>).</summary>
    public async Task<long> LastJournalNumberAsync(CancellationToken ct) =>
        await db.Set<LedgerJournal>().AsNoTracking().MaxAsync(j => (long?)j.Number, ct) ?? 0;

    /// <summary>A cash-book entry on the account no statement line has claimed yet, for matching.</summary>
    public IQueryable<LedgerEntry> Unclaimed(Guid bankAccountId, DateOnly upTo) =>
        CashBook(bankAccountId, upTo).Where(e => !db.Set<StatementLine>().Any(l => l.MatchedEntryId == e.Id));

    private IQueryable<LedgerEntry> CashBook(Guid bankAccountId, DateOnly date) =>
        Entries.Where(e => e.BankAccountId == bankAccountId && e.Account == LedgerAccountKind.ClientBank && e.PostedOn <= date);

    private IQueryable<LedgerEntry> Unpresented(Guid bankAccountId, DateOnly date, DateOnly floor) =>
        CashBook(bankAccountId, date)
            .Where(e => e.PostedOn >= floor && !db.Set<StatementLine>().Any(l => l.MatchedEntryId == e.Id && l.Date <= date));
}
