using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

public sealed record AllocationRequest(Guid InvoiceId, long AmountMinor);

/// <param name="Method">"bankTransfer" (default), "card", "cheque", "cash" or "clientAccountTransfer".</param>
public sealed record PayBillRequest(
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount of more than nothing.")] long AmountMinor,
    [property: Required(ErrorMessage = "Enter the date the money was received.")] DateOnly? ReceivedOn,
    string? Method = null, [property: MaxLength(100)] string? Reference = null, [property: MaxLength(200)] string? Payer = null);

public sealed record RecordPaymentRequest(
    Guid ClientId,
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount of more than nothing.")] long AmountMinor,
    [property: Required(ErrorMessage = "Enter the date the money was received.")] DateOnly? ReceivedOn,
    string? Method = null, [property: MaxLength(100)] string? Reference = null, [property: MaxLength(200)] string? Payer = null,
    IReadOnlyList<AllocationRequest>? Allocations = null);

public sealed record AllocatePaymentRequest([property: Required] IReadOnlyList<AllocationRequest> Allocations);

/// <summary>
/// Money received into office account: against one bill (any excess stays unallocated on the client: an
/// overpayment), or for a client with allocations across its bills, each no more than the bill's outstanding
/// and together no more than the payment. A request for payment paid in full becomes a VAT invoice then:
/// it takes the next invoice number, with the payment date as its tax point (UK-RULES).
/// </summary>
public sealed class RecordPaymentHandler(AppDbContext db, IContactDirectory contacts, GetBillHandler get, BillWork work, FirmCounters counters,
    CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> PayBillAsync(Guid invoiceId, PayBillRequest request, CancellationToken ct)
    {
        var bill = await get.LoadAsync(invoiceId, ct);
        BillWork.EnsureFinal(bill);
        var allocate = Math.Min(request.AmountMinor, Math.Max(bill.OutstandingMinor, 0));
        return await RecordAsync(new(bill.ClientId, request.AmountMinor, request.ReceivedOn, request.Method, request.Reference, request.Payer,
            allocate > 0 ? [new(bill.Id, allocate)] : []), ct);
    }

    public async Task<Guid> RecordAsync(RecordPaymentRequest request, CancellationToken ct)
    {
        if (request.AmountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount of more than nothing.");
        if (request.ReceivedOn is not { } on)
            throw new RequestValidationException("receivedOn", "Enter the date the money was received.");
        var method = ApiEnums.ParseOptional<PaymentMethod>(request.Method, "method") ?? PaymentMethod.BankTransfer;
        if (await contacts.FindAsync(request.ClientId, ct) is null)
            throw new RequestValidationException("clientId", "Choose an existing client.");
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "record a payment");
        var payment = new OfficePayment
        {
            ClientId = request.ClientId, ReceivedOn = on, AmountMinor = request.AmountMinor, Method = method,
            Reference = BillingText.Blank(request.Reference), Payer = BillingText.Blank(request.Payer), RecordedByUserId = me.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(payment);
        audit.Record(AuditAction.PaymentReceived, "OfficePayment", payment.Id, details: new
        {
            clientId = payment.ClientId, payment.AmountMinor, receivedOn = on, method = ApiEnums.Name(method), payment.Reference,
        });
        await AllocateAsync(payment, request.Allocations ?? [], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return payment.Id;
    }

    public async Task AllocateAsync(Guid paymentId, AllocatePaymentRequest request, CancellationToken ct)
    {
        if (request.Allocations is not { Count: > 0 })
            throw new RequestValidationException("allocations", "Name at least one bill to allocate to.");
        var payment = await PaymentsHandler.LoadAsync(db, paymentId, ct);
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "allocate a payment");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AllocateAsync(payment, request.Allocations, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task AllocateAsync(OfficePayment payment, IReadOnlyList<AllocationRequest> allocations, CancellationToken ct)
    {
        if (allocations.Any(a => a.AmountMinor <= 0))
            throw new RequestValidationException("allocations", "Each allocation must be more than nothing.");
        if (allocations.Select(a => a.InvoiceId).Distinct().Count() != allocations.Count)
            throw new RequestValidationException("allocations", "Name each bill once.");
        if (allocations.Sum(a => a.AmountMinor) > payment.UnallocatedMinor)
            throw new DomainRuleException("payment.over_allocated", "The allocations add up to more than the payment has left to allocate.");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var a in allocations)
        {
            var bill = await get.LoadAsync(a.InvoiceId, ct, tracked: true);
            BillWork.EnsureFinal(bill);
            if (bill.ClientId != payment.ClientId)
                throw new DomainRuleException("payment.wrong_client", $"Bill {bill.Number ?? bill.RequestNumber} is not this client's.");
            if (a.AmountMinor > bill.OutstandingMinor)
                throw new DomainRuleException("payment.exceeds_outstanding", $"Bill {bill.Number ?? bill.RequestNumber} has less than that outstanding.");
            db.Add(new PaymentAllocation { PaymentId = payment.Id, InvoiceId = bill.Id, MatterId = bill.MatterId, AmountMinor = a.AmountMinor,
                AllocatedByUserId = me.Id, AllocatedAt = now });
            bill.PaidMinor += a.AmountMinor;
            bill.Version++;
            payment.AllocatedMinor += a.AmountMinor;
            if (bill.Kind == InvoiceKind.RequestForPayment && bill.Number is null && bill.OutstandingMinor == 0)
            {
                bill.NumberSequence = await counters.NextAsync(BillCounters.Invoice, ct);
                bill.Number = BillWork.FormatNumber((await work.SettingsAsync(ct)).InvoicePrefix, bill.NumberSequence.Value);
                bill.TaxPointOn = payment.ReceivedOn;
            }
            audit.Record(AuditAction.PaymentAllocated, "Invoice", bill.Id, details: new
            {
                paymentId = payment.Id, a.AmountMinor, outstandingMinor = bill.OutstandingMinor, vatInvoiceNumber = bill.Number,
            });
        }
        payment.Version++;
    }
}
