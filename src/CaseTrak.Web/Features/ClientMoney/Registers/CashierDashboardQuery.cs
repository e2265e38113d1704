using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record CashierHeadlines(long HeldMinor, long SuspenseMinor, int AwaitingApproval, long AwaitingApprovalMinor, int OpenBreaches);

public sealed record SuspenseReceiptRow(Guid Id, string BankAccountName, string Payer, string? Reference, DateOnly BankedOn, long AmountMinor);

public sealed record BalanceReturnRow(Guid Id, Guid MatterId, string MatterReference, string MatterTitle, long AmountMinor, DateOnly DueOn);

public sealed record MonthlyHeld(DateOnly MonthEnd, long HeldMinor);

public sealed record CashierDashboard(DateOnly Today, CashierHeadlines Headlines, IReadOnlyList<ClientPaymentDto> PendingApprovals,
    IReadOnlyList<AccountReconciliationStatus> Reconciliations, IReadOnlyList<SuspenseReceiptRow> Suspense, IReadOnlyList<BreachDto> OpenBreaches,
    IReadOnlyList<BalanceReturnRow> BalanceReturns, IReadOnlyList<MonthlyHeld> HeldByMonth);

/// <summary>
/// The cashier's dashboard (/client-money): what needs doing today. Loading it also records any reconciliation that has
/// run past five weeks as a breach (AR 8.3), so the breach register is never behind the dashboard.
/// </summary>
public sealed class CashierDashboardQuery(AppDbContext db, CurrentUser me, ClientPaymentsQuery payments, ReconciliationStatusQuery reconciliations,
    ReconciliationCadenceMonitor monitor, BreachesHandler breaches, TimeProvider clock)
{
    public async Task<CashierDashboard> LoadAsync(CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the client-money dashboard");
        var today = RegisterDates.Today(clock);
        await monitor.RecordOverdueAsync(today, ct);
        var held = await db.IncludingBarredForTotals<MatterClientBalance>().SumAsync(b => (long?)b.BalanceMinor, ct) ?? 0;
        var suspense = await db.Set<BankAccount>().SumAsync(a => (long?)a.SuspenseMinor, ct) ?? 0;
        var waiting = await db.IncludingBarredForTotals<ClientPayment>().Where(p => p.Status == ClientPaymentStatus.Requested)
            .Select(p => p.AmountMinor).ToListAsync(ct);
        var open = await breaches.ListAsync(open: true, ct);
        var pending = (await payments.ListAsync("requested", null, 10, null, ct)).Items;
        var accounts = await RegisterDates.AccountNamesAsync(db, ct);
        var inSuspense = (await db.Set<ClientReceipt>().AsNoTracking().Where(r => r.MatterId == null && r.AmountMinor > 0)
                .Select(r => new { r.Id, r.BankAccountId, r.Payer, r.Reference, r.BankedOn, r.AmountMinor }).ToListAsync(ct))
            .Select(r => new SuspenseReceiptRow(r.Id, accounts.GetValueOrDefault(r.BankAccountId, ""), r.Payer, r.Reference, r.BankedOn, r.AmountMinor))
            .OrderBy(r => r.BankedOn).ToList();
        var returns = (await (from r in db.Set<BalanceReturn>().Where(r => r.Status == BalanceReturnStatus.Open)
                              join m in db.Set<Matter>() on r.MatterId equals m.Id
                              select new BalanceReturnRow(r.Id, m.Id, m.Reference, m.Title, r.AmountMinor, r.DueOn)).AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.DueOn).ToList();
        return new(today, new(held, suspense, waiting.Count, waiting.Sum(), open.Count), pending, await reconciliations.ForAccountsAsync(today, ct),
            inSuspense, open, returns, await HeldByMonthAsync(today, ct));
    }

    /// <summary>Client money held at the end of each of the last twelve months (this month: today).</summary>
    private async Task<IReadOnlyList<MonthlyHeld>> HeldByMonthAsync(DateOnly today, CancellationToken ct)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var (_, _, series) = await GetAccountantsReportHandler.DailyTotalsAsync(db, first, today, ct);
        return [.. series.Where(d => d.Date == today || d.Date.AddDays(1).Day == 1).Select(d => new MonthlyHeld(d.Date, d.BalanceMinor))];
    }
}
