using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Client → office for costs (AR 4.3): only against a final bill of the same matter that has been delivered, never
/// above what it still owes nor above the client balance. The client half is a journal (ClientLedger +x naming the
/// bill, ClientBank −x); the office half is the bill's payment by "transfer from client account". The bill is
/// paid with a conditional UPDATE ("only while it still owes this much"), so parallel transfers can never pay it
/// more than it owes. Runs inside the caller's transaction and does not save (a mixed receipt uses it too).
/// </summary>
public sealed class OfficeTransfers(AppDbContext db, LedgerPoster poster, FirmCounters counters, BillWork work, AuditLog audit, TimeProvider clock)
{
    public async Task<ClientTransfer> TransferToOfficeAsync(Guid matterId, Guid bankAccountId, Guid invoiceId, long amountMinor,
        DateOnly postedOn, string? reason, Guid userId, CancellationToken ct)
    {
        if (amountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount of more than nothing.");
        var bill = await db.Set<Invoice>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw new NotFoundException("Invoice");
        var number = bill.Number ?? bill.RequestNumber ?? "draft";
        if (bill.MatterId != matterId)
            throw new DomainRuleException("transfer.wrong_matter", $"Bill {number} is not on this matter.");
        if (bill.Status != InvoiceStatus.Final)
            throw new DomainRuleException("transfer.bill_not_final", $"Bill {number} is {(bill.Status == InvoiceStatus.Draft ? "still a draft" : "void")}: costs can only be taken against a final, delivered bill.");
        if (bill.DeliveredOn is null)
            throw new DomainRuleException("transfer.bill_not_delivered", $"Bill {number} has not been delivered to the client yet: costs can only be taken from client money once it has (SRA Accounts Rules 4.3).");
        if (amountMinor > bill.OutstandingMinor)
            throw new DomainRuleException("transfer.exceeds_bill", ExceedsMessage(number, bill.OutstandingMinor));

        var description = $"Transfer to office for bill {number}";
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.TransferToOffice, postedOn, description, number,
        [
            new(LedgerAccountKind.ClientLedger, bankAccountId, matterId, amountMinor, InvoiceId: invoiceId),
            new(LedgerAccountKind.ClientBank, bankAccountId, null, -amountMinor),
        ]), userId, ct);
        await PayBillAsync(bill, number, amountMinor, postedOn, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var payment = new OfficePayment
        {
            ClientId = bill.ClientId, ReceivedOn = postedOn, AmountMinor = amountMinor, AllocatedMinor = amountMinor,
            Method = PaymentMethod.ClientAccountTransfer, Payer = "Client account", Reference = LedgerPoster.FormatNumber(journal.Number),
            RecordedByUserId = userId, CreatedAt = now,
        };
        db.Add(payment);
        db.Add(new PaymentAllocation
        {
            PaymentId = payment.Id, InvoiceId = bill.Id, MatterId = matterId, AmountMinor = amountMinor, AllocatedByUserId = userId, AllocatedAt = now,
        });
        var transfer = new ClientTransfer
        {
            Kind = ClientTransferKind.ToOffice, MatterId = matterId, BankAccountId = bankAccountId, InvoiceId = invoiceId,
            OfficePaymentId = payment.Id, AmountMinor = amountMinor, PostedOn = postedOn, Reason = BillingText.Blank(reason), JournalId = journal.Id,
            TransferredByUserId = userId, CreatedAt = now,
        };
        db.Add(transfer);
        audit.Record(AuditAction.TransferPosted, "ClientTransfer", transfer.Id, actorId: userId, details: new
        {
            kind = "toOffice", matterId, invoiceId, invoiceNumber = number, amountMinor, journal = LedgerPoster.FormatNumber(journal.Number),
        });
        audit.Record(AuditAction.PaymentAllocated, "Invoice", bill.Id, actorId: userId, details: new
        {
            paymentId = payment.Id, amountMinor, outstandingMinor = bill.OutstandingMinor - amountMinor, method = "clientAccountTransfer",
        });
        return transfer;
    }


    private static string ExceedsMessage(string number, long outstanding) =>
        $"Bill {number} has only {MoneyText.Pounds(Math.Max(outstanding, 0))} outstanding: a transfer may not take more than the bill still owes (SRA Accounts Rules 4.3).";

    /// <summary>Pays the bill only while it still owes at least this much; bumps its version so a stale edit of the bill fails.</summary>
    private async Task PayBillAsync(Invoice bill, string number, long amountMinor, DateOnly paidOn, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var paid = await db.Database.ExecuteSqlAsync($"""
            UPDATE invoices SET paid_minor = paid_minor + {amountMinor}, version = version + 1
            WHERE firm_id = {firmId} AND id = {bill.Id} AND total_minor - paid_minor - credited_minor >= {amountMinor}
            """, ct);
        if (paid != 1)
        {
            var outstanding = await db.Set<Invoice>().AsNoTracking().Where(i => i.Id == bill.Id)
                .Select(i => i.TotalMinor - i.PaidMinor - i.CreditedMinor).SingleAsync(ct);
            throw new DomainRuleException("transfer.exceeds_bill", ExceedsMessage(number, outstanding));
        }
        if (bill.Kind != InvoiceKind.RequestForPayment || bill.Number is not null || bill.OutstandingMinor != amountMinor)
            return;
        // A request for payment paid in full becomes a VAT invoice now (UK-RULES), as billing's own payments do.
        var tracked = await db.Set<Invoice>().SingleAsync(i => i.Id == bill.Id, ct);
        await db.Entry(tracked).ReloadAsync(ct);
        tracked.NumberSequence = await counters.NextAsync(BillCounters.Invoice, ct);
        tracked.Number = BillWork.FormatNumber((await work.SettingsAsync(ct)).InvoicePrefix, tracked.NumberSequence.Value);
        tracked.TaxPointOn = paidOn;
        tracked.Version++;
    }
}
