using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Loads one reconciliation (missing or another firm's: 404) and works out its three-way check at the statement
/// date. A signed-off one answers with the figures frozen at sign-off.
/// </summary>
public sealed class GetReconciliationHandler(AppDbContext db, TenantGuard guard, ReconciliationBook book, StatementLinesQuery statement, CurrentUser me)
{
    public async Task<Reconciliation> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Set<Reconciliation>() : db.Set<Reconciliation>().AsNoTracking();
        return await query.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw await guard.NotFoundAsync<Reconciliation>(id, ct);
    }

    /// <summary>Loads it for a change: refused with 409 once signed off.</summary>
    public async Task<Reconciliation> LoadOpenAsync(Guid id, CancellationToken ct)
    {
        var r = await LoadAsync(id, ct, tracked: true);
        if (r.Status == ReconciliationStatus.SignedOff)
            throw new ConflictException("reconciliation.signed_off", "This reconciliation is signed off and cannot be changed.");
        return r;
    }

    public async Task<ReconciliationDto> HandleAsync(Guid id, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureReader(await me.LoadAsync(ct), "see reconciliations");
        return await ToDtoAsync(await LoadAsync(id, ct), ct);
    }

    public async Task<ReconciliationDto> ToDtoAsync(Reconciliation r, CancellationToken ct)
    {
        var account = await db.Set<BankAccount>().AsNoTracking().Where(a => a.Id == r.BankAccountId).Select(a => a.Name).SingleAsync(ct);
        var settlement = await book.LastSettlementAsync(r.BankAccountId, r.StatementDate, ct);
        var totals = r.Status == ReconciliationStatus.SignedOff
            ? new AccountTotals(r.CashBookMinor ?? 0, r.ClientLedgersMinor ?? 0, r.SuspenseMinor ?? 0)
            : await book.TotalsAsync(r.BankAccountId, r.StatementDate, settlement, ct);
        // Every unmatched line (each needs a match or an explanation) and the newest of the rest; the route pages them all.
        var unmatched = await statement.WithItemsAsync(statement.Lines(r.Id).Where(l => l.MatchedEntryId == null).OrderBy(l => l.Date).ThenBy(l => l.Id), ct);
        var newest = await statement.WithItemsAsync(statement.Lines(r.Id).OrderByDescending(l => l.Date).ThenByDescending(l => l.Id)
            .Take(StatementLinesQuery.Listed), ct);
        var counts = await statement.Lines(r.Id).GroupBy(l => 1)
            .Select(g => new { All = g.Count(), Matched = g.Count(l => l.MatchedEntryId != null) }).SingleOrDefaultAsync(ct);
        var items = await db.Set<ReconciliationItem>().AsNoTracking().Where(i => i.ReconciliationId == r.Id)
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var floor = await book.FloorAsync(r.BankAccountId, settlement, ct);
        // Usually all the timing items fit the list, and their totals come from it; past the limit, from the ledger.
        var listed = await book.UnpresentedAsync(r.BankAccountId, r.StatementDate, floor, ReconciliationBook.ListedTimingItems + 1, ct);
        var complete = listed.Count <= ReconciliationBook.ListedTimingItems;
        var outstanding = complete ? TimingTotals.Of(listed) : await book.TimingAsync(r.BankAccountId, r.StatementDate, floor, ct);
        var timing = complete ? listed : listed.Skip(1).ToList();
        var (timingCount, receipts, payments) = (outstanding.Count, outstanding.ReceiptsMinor, outstanding.PaymentsMinor);

        var itemsMinor = items.Sum(i => i.AmountMinor);
        var check = ReconciliationRules.Check(r.StatementBalanceMinor,
            [new("Uncleared receipts", receipts), new("Unpresented payments", payments), new("Explained items", itemsMinor)],
            totals.CashBookMinor, totals.ClientLedgersMinor + totals.SuspenseMinor);
        var differences = check.Differences.Select(d => totals.SuspenseMinor != 0 && d.Contains("client ledgers", StringComparison.Ordinal)
            ? $"{d} The client ledgers include {MoneyText.Pounds(totals.SuspenseMinor)} held in suspense, counted with them." : d).ToList();
        differences.AddRange(unmatched.Where(l => l.ExplainedByItemId is null).Select(l =>
            $"On the statement but not in the cash book, and not explained: {RegisterDates.Text(l.Date)} “{l.Description}” {MoneyText.Pounds(l.AmountMinor)}."));

        var signer = r.SignedOffByUserId is { } by
            ? await db.Set<AppUser>().AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        return new(r.Id, r.BankAccountId, account, r.StatementDate, r.StatementBalanceMinor, r.Status,
            totals.CashBookMinor, totals.ClientLedgersMinor, totals.SuspenseMinor, check.AdjustedStatementMinor,
            receipts, payments, itemsMinor, differences.Count == 0, differences, unmatched, timing, Math.Max(timingCount, timing.Count),
            items.Select(i => new ReconciliationItemDto(i.Id, i.Kind, i.Explanation, i.AmountMinor, i.StatementLineId, i.CreatedAt)).ToList(),
            newest.OrderBy(l => l.Date).ThenBy(l => l.Id).ToList(), r.CreatedByUserId, r.CreatedAt, r.SignedOffByUserId, signer, r.SignedOffAt, r.Version,
            counts?.All ?? 0, counts?.Matched ?? 0);
    }
}
