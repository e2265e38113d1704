using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The money figures in a matter's header (UI.md): unbilled WIP, outstanding bills, client money held. Amounts in minor units, GBP.</summary>
public sealed record MatterBillingFigures(long UnbilledWipMinor, long OutstandingMinor, long ClientMoneyHeldMinor = 0);

/// <summary>What other modules (the matter page) may read of a matter's billing.</summary>
public interface IMatterBillingSummary
{
    /// <summary>Unbilled WIP (billable time and disbursements not on a final bill) and what final bills still owe; zeros for a matter the user cannot see.</summary>
    Task<MatterBillingFigures> GetAsync(Guid matterId, CancellationToken ct);
}

internal sealed class MatterBillingSummary(AppDbContext db) : IMatterBillingSummary
{
    // One round trip: the matter page is the most-read page (PERFORMANCE.md scenario 2).
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<MatterBillingFigures?>> Figures =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Set<Matter>().AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MatterBillingFigures(
                (db.Set<TimeEntry>().Where(t => t.MatterId == id && (t.Status == WipStatus.Unbilled || t.Status == WipStatus.Draft)
                    && t.Billability == Billability.Billable).Sum(t => (long?)t.ValueMinor) ?? 0)
                + (db.Set<Disbursement>().Where(d => d.MatterId == id && (d.Status == WipStatus.Unbilled || d.Status == WipStatus.Draft))
                    .Sum(d => (long?)d.AmountMinor) ?? 0),
                db.Set<Invoice>().Where(i => i.MatterId == id && i.Status == InvoiceStatus.Final)
                    .Sum(i => (long?)(i.TotalMinor - i.PaidMinor - i.CreditedMinor)) ?? 0,
                db.Set<ClientMoney.MatterClientBalance>().Where(b => b.MatterId == id).Sum(b => (long?)b.BalanceMinor) ?? 0))
            .FirstOrDefault());

    public async Task<MatterBillingFigures> GetAsync(Guid matterId, CancellationToken ct) =>
        await Figures(db, matterId, ct) ?? new MatterBillingFigures(0, 0);
}
