using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Issue 5 close gate: billable time or disbursements not yet billed (unbilled, or on a draft) block closing with
/// `matter.unbilled_wip` until billed or written off; final bills with money outstanding only warn (`matter.unpaid_bills`).
/// </summary>
internal sealed class UnbilledWipCloseCheck(AppDbContext db) : IMatterCloseCheck
{
    public async Task<IReadOnlyList<CloseBlocker>> CheckAsync(Guid matterId, CancellationToken ct)
    {
        var found = new List<CloseBlocker>();
        var time = await db.Set<TimeEntry>().CountAsync(t => t.MatterId == matterId && t.Billability == Billability.Billable
            && (t.Status == WipStatus.Unbilled || t.Status == WipStatus.Draft), ct);
        var disbursements = await db.Set<Disbursement>().CountAsync(d => d.MatterId == matterId
            && (d.Status == WipStatus.Unbilled || d.Status == WipStatus.Draft), ct);
        if (time + disbursements > 0)
            found.Add(new("matter.unbilled_wip",
                $"This matter has unbilled work ({Count(time, "time entry", "time entries")}, {Count(disbursements, "disbursement", "disbursements")}). "
                + "Bill it or write it off before closing the matter."));
        var unpaid = await db.Set<Invoice>().CountAsync(i => i.MatterId == matterId && i.Status == InvoiceStatus.Final
            && i.TotalMinor - i.PaidMinor - i.CreditedMinor > 0, ct);
        if (unpaid > 0)
            found.Add(new("matter.unpaid_bills", unpaid == 1
                ? "A bill on this matter is not fully paid yet."
                : $"{unpaid} bills on this matter are not fully paid yet.", Warning: true));
        return found;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}

public sealed record WriteOffWipRequest([property: Required(ErrorMessage = "Give the reason for the write-off."), MaxLength(500)] string Reason);

public sealed record WriteOffWipResult(Guid MatterId, int TimeEntries, int Disbursements, long ValueMinor, string Currency);

/// <summary>Writes off all of a matter's unbilled work (not what sits on a draft bill) with the reason, so the matter can close.</summary>
public sealed class WriteOffWipHandler(AppDbContext db, GetMatterHandler matters, AuditLog audit)
{
    public async Task<WriteOffWipResult> HandleAsync(Guid matterId, WriteOffWipRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for the write-off.");
        var matter = await matters.LoadAsync(matterId, ct);
        var reason = request.Reason.Trim();
        var time = await db.Set<TimeEntry>().Where(t => t.MatterId == matter.Id && t.Status == WipStatus.Unbilled && t.Billability != Billability.NonBillable)
            .ToListAsync(ct);
        var disbursements = await db.Set<Disbursement>().Where(d => d.MatterId == matter.Id && d.Status == WipStatus.Unbilled).ToListAsync(ct);
        foreach (var t in time)
        {
            BillWork.Move(t, WipStatus.WrittenOff);
            t.WriteOffReason = reason;
        }
        foreach (var d in disbursements)
        {
            BillWork.Move(d, WipStatus.WrittenOff);
            d.WriteOffReason = reason;
        }
        var value = time.Where(t => t.Billability == Billability.Billable).Sum(t => t.ValueMinor) + disbursements.Sum(d => d.AmountMinor);
        audit.Record(AuditAction.WipWrittenOff, "Matter", matter.Id, details: new
        {
            timeEntries = time.Count, disbursements = disbursements.Count, valueMinor = value, reason,
        });
        await db.SaveChangesAsync(ct);
        return new(matter.Id, time.Count, disbursements.Count, value, "GBP");
    }
}
