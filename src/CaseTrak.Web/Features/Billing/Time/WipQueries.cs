using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Unbilled time as a bill or report sees it. <see cref="Billable"/> is false for non-billable and no-charge time.</summary>
public sealed record WipTime(Guid Id, Guid MatterId, Guid UserId, DateOnly Date, int Minutes, int UnitMinutes, int Units, long RateMinor, long ValueMinor,
    Billability Billability, TimeApproval Approval, string? ActivityCode, string? TaskCode, string Narrative)
{
    public bool Billable => Billability == Billability.Billable;

    /// <summary>Pending approval holds time back from bills.</summary>
    public bool ReadyToBill => Approval != TimeApproval.Pending;
}

public sealed record WipDisbursement(Guid Id, Guid MatterId, DateOnly Date, string Description, string? Supplier, string? SupplierReference,
    long AmountMinor, int VatRateBp, bool IsAgentDisbursement, bool Paid, DateOnly? PaidOn);

/// <summary>What a matter has not yet billed: the source for drafting bills (helper B) and WIP reports (helper R).</summary>
public sealed class WipQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<WipTime>> UnbilledTimeAsync(Guid matterId, CancellationToken ct) =>
        await db.Set<TimeEntry>().AsNoTracking().Where(t => t.MatterId == matterId && t.Status == WipStatus.Unbilled)
            .OrderBy(t => t.Date).ThenBy(t => t.Id)
            .Select(t => new WipTime(t.Id, t.MatterId, t.UserId, t.Date, t.Minutes, t.UnitMinutes, t.Units, t.RateMinor, t.ValueMinor, t.Billability,
                t.Approval, t.ActivityCode, t.TaskCode, t.Narrative))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<WipDisbursement>> UnbilledDisbursementsAsync(Guid matterId, CancellationToken ct) =>
        await db.Set<Disbursement>().AsNoTracking().Where(d => d.MatterId == matterId && d.Status == WipStatus.Unbilled)
            .OrderBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => new WipDisbursement(d.Id, d.MatterId, d.Date, d.Description, d.Supplier, d.SupplierReference, d.AmountMinor, d.VatRateBp,
                d.IsAgentDisbursement, d.Paid, d.PaidOn))
            .ToListAsync(ct);
}
