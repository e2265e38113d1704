using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// A capped fee is a promise to the client: the fees billed on the matter (less credits), with this bill's,
/// may not pass the cap. Disbursements are outside it. Checked when a bill is finalised, so drafts can be
/// prepared freely and written down before they go out.
/// </summary>
internal static class FeeCap
{
    private static readonly InvoiceLineKind[] FeeKinds = [InvoiceLineKind.Time, InvoiceLineKind.Fee, InvoiceLineKind.Discount, InvoiceLineKind.FixedFee];

    public static async Task EnsureWithinAsync(AppDbContext db, Invoice bill, IEnumerable<InvoiceLine> lines, CancellationToken ct)
    {
        var cap = await db.Set<FeeArrangement>().Where(a => a.MatterId == bill.MatterId && a.Kind == FeeArrangementKind.CappedFee)
            .Select(a => a.AmountMinor).FirstOrDefaultAsync(ct);
        if (cap is not { } limit)
            return;
        var billed = await db.Set<InvoiceLine>()
            .Where(l => l.MatterId == bill.MatterId && l.InvoiceId != bill.Id && FeeKinds.Contains(l.Kind)
                && db.Set<Invoice>().Any(i => i.Id == l.InvoiceId && i.Status == InvoiceStatus.Final))
            .SumAsync(l => l.NetMinor, ct);
        var credited = await db.Set<CreditNoteLine>()
            .Where(c => c.MatterId == bill.MatterId && db.Set<InvoiceLine>().Any(l => l.Id == c.InvoiceLineId && FeeKinds.Contains(l.Kind)))
            .SumAsync(c => c.NetMinor, ct);
        var total = billed - credited + lines.Where(l => FeeKinds.Contains(l.Kind)).Sum(l => l.NetMinor);
        if (total > limit)
            throw new DomainRuleException("bill.over_cap",
                $"This matter's fees are capped at {BillingDisplay.Money(limit)} net of VAT; with this bill they would come to {BillingDisplay.Money(total)}. "
                + $"Write the fees down by {BillingDisplay.Money(total - limit)} before finalising.");
    }
}
