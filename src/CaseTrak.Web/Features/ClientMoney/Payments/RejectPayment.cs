using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record RejectPaymentRequest([property: Required(ErrorMessage = "Give the reason for rejecting the payment."), MaxLength(500)] string? Reason);

/// <summary>
/// Ends a payment request before it is posted: rejected by an approver (with the reason), or withdrawn (cancelled)
/// by the person who asked for it or a cashier. Nothing was posted, so nothing moves.
/// </summary>
public sealed class RejectPaymentHandler(AppDbContext db, CurrentUser me, ClientPaymentsQuery payments, AuditLog audit, TimeProvider clock)
{
    public async Task<ClientPaymentDto> RejectAsync(Guid id, RejectPaymentRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for rejecting the payment.");
        var payment = await payments.LoadAsync(id, ct, tracked: true);
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureApprover(user, "reject a payment from client account");
        ApprovePaymentHandler.EnsureOpen(payment);
        if (payment.RequestedByUserId == user.Id)
            throw new ForbiddenException("You asked for this payment: cancel it instead of rejecting it.", "payment.own_request");
        (payment.RejectedByUserId, payment.RejectedAt, payment.RejectionReason) = (user.Id, clock.GetUtcNow().UtcDateTime, request.Reason.Trim());
        payment.Status = ClientPaymentStatus.Rejected;
        payment.Version++;
        audit.Record(AuditAction.PaymentRejected, "ClientPayment", payment.Id, details: new { reason = payment.RejectionReason });
        await db.SaveChangesAsync(ct);
        return await payments.GetAsync(id, ct);
    }

    public async Task<ClientPaymentDto> CancelAsync(Guid id, CancellationToken ct)
    {
        var payment = await payments.LoadAsync(id, ct, tracked: true);
        var user = await me.LoadAsync(ct);
        if (payment.RequestedByUserId != user.Id && !ClientMoneyAccess.IsBookkeeper(user))
            throw new ForbiddenException("Only the person who asked for this payment, a cashier, a Partner or an administrator may cancel it.");
        ApprovePaymentHandler.EnsureOpen(payment);
        (payment.CancelledByUserId, payment.CancelledAt, payment.Status) = (user.Id, clock.GetUtcNow().UtcDateTime, ClientPaymentStatus.Cancelled);
        payment.Version++;
        audit.Record(AuditAction.PaymentCancelled, "ClientPayment", payment.Id);
        await db.SaveChangesAsync(ct);
        return await payments.GetAsync(id, ct);
    }
}
