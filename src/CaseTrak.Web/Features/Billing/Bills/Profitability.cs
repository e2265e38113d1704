using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// How the fees billed on a matter compare with the value of the time recorded on it (ADR 0010). `recoveryBp` is
/// fees ÷ time value in basis points (10000 = fully recovered), null when no time is recorded.
/// </summary>
public sealed record ProfitabilityDto(
    Guid MatterId, string Arrangement, long? FixedFeeMinor, int TimeMinutes, long TimeValueMinor, long NonBillableValueMinor,
    long BilledFeesMinor, long CreditedFeesMinor, long BilledDisbursementsMinor, long WrittenOffMinor, long? RecoveryBp, long ProfitMinor, string Currency);

public sealed class ProfitabilityHandler(AppDbContext db, GetMatterHandler matters)
{
    private static readonly InvoiceLineKind[] FeeKinds = [InvoiceLineKind.Time, InvoiceLineKind.FixedFee, InvoiceLineKind.Fee, InvoiceLineKind.Discount];

    public async Task<ProfitabilityDto> HandleAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await matters.LoadAsync(matterId, ct);
        var arrangement = await db.Set<FeeArrangement>().AsNoTracking().FirstOrDefaultAsync(a => a.MatterId == matter.Id, ct);
        var time = await db.Set<TimeEntry>().AsNoTracking().Where(t => t.MatterId == matter.Id)
            .Select(t => new { t.Minutes, t.ValueMinor, t.Billability, t.Status }).ToListAsync(ct);
        var lines = await db.Set<InvoiceLine>().AsNoTracking()
            .Where(l => l.MatterId == matter.Id && db.Set<Invoice>().Any(i => i.Id == l.InvoiceId && i.Status == InvoiceStatus.Final))
            .Select(l => new { l.Id, l.Kind, l.NetMinor }).ToListAsync(ct);
        var credits = await db.Set<CreditNoteLine>().AsNoTracking().Where(c => c.MatterId == matter.Id)
            .Select(c => new { c.InvoiceLineId, c.NetMinor }).ToListAsync(ct);
        var feeLines = lines.Where(l => FeeKinds.Contains(l.Kind)).Select(l => l.Id).ToHashSet();

        var charged = time.Where(t => t.Billability != Billability.NonBillable).ToList();
        var timeValue = charged.Sum(t => t.ValueMinor);
        var credited = credits.Where(c => feeLines.Contains(c.InvoiceLineId)).Sum(c => c.NetMinor);
        var fees = lines.Where(l => feeLines.Contains(l.Id)).Sum(l => l.NetMinor) - credited;
        return new(
            matter.Id, ApiEnums.Name(arrangement?.Kind ?? FeeArrangementKind.Hourly),
            arrangement?.Kind == FeeArrangementKind.FixedFee ? arrangement.AmountMinor : null,
            charged.Sum(t => t.Minutes), timeValue, time.Where(t => t.Billability == Billability.NonBillable).Sum(t => t.ValueMinor),
            fees, credited,
            lines.Where(l => l.Kind is InvoiceLineKind.Expense or InvoiceLineKind.AgentDisbursement).Sum(l => l.NetMinor),
            charged.Where(t => t.Status == WipStatus.WrittenOff).Sum(t => t.ValueMinor),
            timeValue == 0 ? null : BillingRules.DivideHalfUp(fees * 10_000, timeValue), fees - timeValue, "GBP");
    }
}
