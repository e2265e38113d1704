using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="MatterId">Left out, the money waits in suspense until allocated.</param>
/// <param name="BankedOn">The day it reached the bank; the day it was received when left out.</param>
/// <param name="Method">"bankTransfer" (default), "card", "cheque" or "cash".</param>
/// <param name="OfficeAmountMinor">The part of a mixed receipt that pays <paramref name="InvoiceId"/>, a delivered bill on the matter.</param>
public sealed record RecordReceiptRequest(
    Guid? MatterId,
    Guid BankAccountId,
    [property: Range(1, 100_000_000_000, ErrorMessage = "Enter an amount greater than £0.00.")] long AmountMinor,
    [property: Required(ErrorMessage = "Enter the date the money was received.")] DateOnly? ReceivedOn,
    DateOnly? BankedOn,
    [property: Required(ErrorMessage = "Enter who paid the money."), MaxLength(200)] string Payer,
    string? Method = null,
    [property: MaxLength(100)] string? Reference = null,
    [property: Range(0, 100_000_000_000)] long? OfficeAmountMinor = null,
    Guid? InvoiceId = null);

/// <summary>
/// Money in (AR 2.3 / 4.2): banked to the client account and credited to the matter's client ledger, or to
/// suspense when no matter is named. A mixed receipt is banked whole, then its office part goes straight on to
/// office against the bill, in the same transaction. No money for a client without due diligence (MLR 2017).
/// </summary>
public sealed class RecordReceiptHandler(AppDbContext db, CurrentUser me, ReceiptChecks checks, LedgerPoster poster, OfficeTransfers transfers,
    ReceiptQueries queries, AuditLog audit, TimeProvider clock)
{
    public async Task<ReceiptDto> HandleAsync(RecordReceiptRequest request, CancellationToken ct)
    {
        if (request.AmountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount greater than £0.00.");
        if (request.ReceivedOn is not { } receivedOn)
            throw new RequestValidationException("receivedOn", "Enter the date the money was received.");
        if (string.IsNullOrWhiteSpace(request.Payer))
            throw new RequestValidationException("payer", "Enter who paid the money.");
        var method = ApiEnums.ParseOptional<PaymentMethod>(request.Method, "method") ?? PaymentMethod.BankTransfer;
        if (method == PaymentMethod.ClientAccountTransfer)
            throw new RequestValidationException("method", "Choose how the money arrived: bank transfer, card, cheque or cash.");
        var bankedOn = request.BankedOn ?? receivedOn;
        var today = RegisterDates.Today(clock);
        if (receivedOn > today)
            throw new RequestValidationException("receivedOn", "The date received cannot be in the future.");
        if (bankedOn < receivedOn)
            throw new RequestValidationException("bankedOn", "Money cannot be banked before it was received.");
        if (bankedOn > today)
            throw new RequestValidationException("bankedOn", "The date banked cannot be in the future.");
        var office = request.OfficeAmountMinor ?? 0;
        if (office > 0 && request.InvoiceId is null)
            throw new RequestValidationException("invoiceId", "Choose the bill the office part pays.");
        if (office > request.AmountMinor)
            throw new RequestValidationException("officeAmountMinor", "The office part cannot be more than the whole receipt.");
        if (office > 0 && request.MatterId is null)
            throw new RequestValidationException("matterId", "A mixed receipt pays a bill, so name the matter.");
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "record a receipt");

        var account = await checks.OpenClientAccountAsync(request.BankAccountId, bankedOn, ct);
        ReceiptMatter? matter = request.MatterId is { } matterId ? await checks.LiveMatterAsync(matterId, ct) : null;
        var cddException = matter is null ? null : await checks.DueDiligenceAsync(matter, ct);
        var payer = request.Payer.Trim();
        var reference = BillingText.Blank(request.Reference);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var description = $"Received from {payer}";
        var journal = await poster.PostAsync(new JournalDraft(matter is null ? JournalKind.SuspenseReceipt : JournalKind.Receipt, bankedOn,
            matter is null ? $"{description} (unallocated)" : description, reference,
        [
            new(LedgerAccountKind.ClientBank, account.Id, null, request.AmountMinor),
            matter is null
                ? new(LedgerAccountKind.Suspense, account.Id, null, -request.AmountMinor)
                : new(LedgerAccountKind.ClientLedger, account.Id, matter.Id, -request.AmountMinor),
        ]), me.Id, ct);
        var now = AuditHasher.Truncate(clock.GetUtcNow().UtcDateTime);
        var receipt = new ClientReceipt
        {
            BankAccountId = account.Id, MatterId = matter?.Id, AmountMinor = request.AmountMinor, OfficeAmountMinor = office,
            InvoiceId = office > 0 ? request.InvoiceId : null, ReceivedOn = receivedOn, BankedOn = bankedOn, Payer = payer, Method = method,
            Reference = reference, CddException = cddException, JournalId = journal.Id, ReceivedByUserId = me.Id,
            CreatedAt = now, AllocatedAt = matter is null ? null : now,
        };
        if (office > 0)
        {
            var transfer = await transfers.TransferToOfficeAsync(matter!.Id, account.Id, request.InvoiceId!.Value, office, bankedOn,
                $"Office part of a mixed receipt from {payer}", me.Id, ct);
            receipt.TransferId = transfer.Id;
        }
        db.Add(receipt);
        audit.Record(AuditAction.ReceiptRecorded, nameof(ClientReceipt), receipt.Id, details: new
        {
            matterId = matter?.Id, bankAccountId = account.Id, receipt.AmountMinor, officeAmountMinor = office, receipt.InvoiceId,
            receivedOn, bankedOn, method = ApiEnums.Name(method), journal = LedgerPoster.FormatNumber(journal.Number), cddException,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // Everything the answer needs is in hand but the matter's balance over all its accounts: no read-back.
        return await queries.RecordedAsync(receipt, account.Name, matter?.Reference, journal.Number, ReceiptChecks.Warnings(matter), ct);
    }
}
