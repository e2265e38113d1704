using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record VoidBillRequest([property: Required(ErrorMessage = "Give the reason for voiding the bill."), MaxLength(500)] string Reason);

/// <summary>
/// Voids a final bill issued in error: the number stays in the register with the reason, and the work on it goes
/// back to unbilled so it can be billed again. A bill with payments or credit notes is corrected, not voided.
/// </summary>
public sealed class VoidBillHandler(AppDbContext db, GetBillHandler get, BillWork work, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int? version, VoidBillRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for voiding the bill.");
        var bill = await get.LoadAsync(id, ct, tracked: true);
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "void a bill");
        if (version is { } v && v != bill.Version)
            throw new PreconditionException(412, "This bill was changed since you loaded it. Reload and try again.");
        BillWork.EnsureFinal(bill);
        if (bill.PaidMinor != 0 || await db.Set<PaymentAllocation>().AnyAsync(a => a.InvoiceId == bill.Id, ct))
            throw new DomainRuleException("bill.has_payments", "Payments are allocated to this bill. Move or refund them before voiding it.");
        if (bill.CreditedMinor != 0 || await db.Set<CreditNote>().AnyAsync(c => c.InvoiceId == bill.Id, ct))
            throw new DomainRuleException("bill.has_credit_notes", "Credit notes have been issued against this bill, so it cannot be voided. Credit the rest instead.");

        await work.SetItemsAsync(bill.Id, WipStatus.Unbilled, ct);
        bill.Status = InvoiceStatus.Void;
        bill.VoidReason = request.Reason.Trim();
        bill.VoidedByUserId = me.Id;
        bill.VoidedAt = clock.GetUtcNow().UtcDateTime;
        bill.Version++;
        audit.Record(AuditAction.BillVoided, "Invoice", bill.Id, details: new { number = bill.Number ?? bill.RequestNumber, reason = bill.VoidReason });
        await db.SaveChangesAsync(ct);
    }
}

public sealed record DeliverBillRequest(
    [property: Required(ErrorMessage = "Enter the date the bill was delivered.")] DateOnly? DeliveredOn,
    [property: MaxLength(50)] string? Method = null);

/// <summary>Records when a final bill reached the client (Solicitors Act 1974): the month for assessment and for suing runs from it.</summary>
public sealed class DeliverBillHandler(AppDbContext db, GetBillHandler get, AuditLog audit)
{
    public async Task HandleAsync(Guid id, DeliverBillRequest request, CancellationToken ct)
    {
        if (request.DeliveredOn is not { } on)
            throw new RequestValidationException("deliveredOn", "Enter the date the bill was delivered.");
        var bill = await get.LoadAsync(id, ct, tracked: true);
        BillWork.EnsureFinal(bill);
        if (bill.IssuedOn is { } issued && on < issued)
            throw new RequestValidationException("deliveredOn", "A bill cannot be delivered before it was issued.");
        bill.DeliveredOn = on;
        bill.DeliveryMethod = string.IsNullOrWhiteSpace(request.Method) ? null : request.Method.Trim();
        bill.Version++;
        audit.Record(AuditAction.BillDelivered, "Invoice", bill.Id, details: new { deliveredOn = on, method = bill.DeliveryMethod });
        await db.SaveChangesAsync(ct);
    }
}
