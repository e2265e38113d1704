using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Approves a payment request (AR 5.1–5.2): by someone holding an approving role who did not ask for it; above the
/// firm's threshold a second, different approver is needed. The final approval posts the journal (ClientLedger +x,
/// ClientBank −x) in the same transaction, so the balance is checked under the poster's lock: when the matter no
/// longer holds enough, the answer is 422 `client_money.insufficient_funds` and the request stays as it was.
/// </summary>
public sealed class ApprovePaymentHandler(AppDbContext db, CurrentUser me, ClientPaymentsQuery payments, LedgerPoster poster, AuditLog audit,
    TimeProvider clock)
{
    public async Task<ClientPaymentDto> HandleAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var payment = await payments.LoadAsync(id, ct, tracked: true);
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureApprover(user, "approve a payment from client account");
        if (expectedVersion is { } v && v != payment.Version)
            throw new PreconditionException(412, "This payment was changed since you loaded it. Reload and try again.");
        EnsureOpen(payment);
        if (payment.RequestedByUserId == user.Id)
            throw new ForbiddenException("You asked for this payment, so someone else must approve it (SRA Accounts Rules 5.1).", "payment.own_request");
        if (payment.Status == ClientPaymentStatus.Approved && payment.FirstApproverUserId == user.Id)
            throw new ForbiddenException("You have already approved this payment: it needs a second, different approver.", "payment.same_approver");

        var now = clock.GetUtcNow().UtcDateTime;
        var second = payment.Status == ClientPaymentStatus.Approved;
        var final = second || !payment.NeedsSecondApproval;
        if (!final)
        {
            (payment.FirstApproverUserId, payment.FirstApprovedAt, payment.Status) = (user.Id, now, ClientPaymentStatus.Approved);
            payment.Version++;
            audit.Record(AuditAction.PaymentApproved, "ClientPayment", payment.Id, details: new { step = "first", awaiting = "secondApproval" });
            await db.SaveChangesAsync(ct);
            return await payments.GetAsync(id, ct);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var today = DateOnly.FromDateTime(now);
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.Payment, today, $"Payment to {payment.Payee}: {payment.Purpose}",
            payment.PayeeReference,
        [
            new(LedgerAccountKind.ClientLedger, payment.BankAccountId, payment.MatterId, payment.AmountMinor),
            new(LedgerAccountKind.ClientBank, payment.BankAccountId, null, -payment.AmountMinor),
        ]), user.Id, ct);
        if (second)
            (payment.SecondApproverUserId, payment.SecondApprovedAt) = (user.Id, now);
        else
            (payment.FirstApproverUserId, payment.FirstApprovedAt) = (user.Id, now);
        payment.Status = ClientPaymentStatus.Paid;
        payment.JournalId = journal.Id;
        payment.Version++;
        if (payment.DisbursementId is { } d && await db.Set<Disbursement>().SingleOrDefaultAsync(x => x.Id == d, ct) is { Paid: false } disbursement)
        {
            (disbursement.Paid, disbursement.PaidOn) = (true, today);
            disbursement.Version++;
        }
        audit.Record(AuditAction.PaymentApproved, "ClientPayment", payment.Id, details: new { step = second ? "second" : "only" });
        audit.Record(AuditAction.PaymentPosted, "ClientPayment", payment.Id, details: new
        {
            payment.MatterId, payment.AmountMinor, payment.Payee, journal = LedgerPoster.FormatNumber(journal.Number),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await payments.GetAsync(id, ct);
    }

    internal static void EnsureOpen(ClientPayment payment)
    {
        if (payment.Status is not (ClientPaymentStatus.Requested or ClientPaymentStatus.Approved))
            throw new ConflictException("payment.not_open", $"This payment is already {payment.Status.ToString().ToLowerInvariant()}.");
    }
}
