using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record FinaliseBillRequest(DateOnly? IssuedOn = null);

/// <summary>
/// Finalises a draft (ADR 0009): the next gap-free number from the firm's counter ("invoice", or
/// "request-for-payment" for a request, which gets its VAT invoice number only when paid), the supplier and
/// customer snapshots, tax point and due date, and the work on it billed — all in one transaction, so a
/// failed finalisation gives its number back. From then on the bill is immutable.
/// </summary>
public sealed class FinaliseBillHandler(AppDbContext db, GetBillHandler get, BillWork work, FirmCounters counters, CurrentUser me,
    AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int? version, FinaliseBillRequest? request, CancellationToken ct)
    {
        var bill = await get.LoadAsync(id, ct, tracked: true);
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "finalise a bill");
        BillWork.EnsureDraft(bill, version);
        var lines = await work.LinesAsync(bill.Id, ct);
        if (lines.Count == 0)
            throw new DomainRuleException("bill.no_lines", "Add at least one line before finalising the bill.");
        BillWork.Recompute(bill, lines);
        if (bill.TotalMinor <= 0)
            throw new DomainRuleException("bill.not_positive", "The bill's total must be more than nothing. Remove the discount or delete the draft.");
        await FeeCap.EnsureWithinAsync(db, bill, lines, ct);
        var firm = await db.Firms.AsNoTracking().SingleAsync(ct);
        if (lines.Any(l => l.VatMinor != 0) && string.IsNullOrWhiteSpace(firm.VatNumber))
            throw new DomainRuleException("billing.vat_number_missing", "Add the firm's VAT registration number in the firm's settings before issuing a bill that charges VAT.");
        var settings = await work.SettingsAsync(ct);
        var client = await db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == bill.ClientId, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var issued = request?.IssuedOn ?? bill.IssuedOn ?? DateOnly.FromDateTime(now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (bill.Kind == InvoiceKind.Invoice)
        {
            bill.NumberSequence = await counters.NextAsync(BillCounters.Invoice, ct);
            bill.Number = BillWork.FormatNumber(settings.InvoicePrefix, bill.NumberSequence.Value);
            bill.TaxPointOn = issued;
        }
        else
            bill.RequestNumber = BillWork.FormatNumber(settings.RequestPrefix, await counters.NextAsync(BillCounters.RequestForPayment, ct));
        bill.IssuedOn = issued;
        bill.DueOn = issued.AddDays(settings.PaymentTermsDays);
        bill.SupplierName = firm.Name;
        bill.SupplierAddress = BillingText.FirmAddress(firm);
        bill.SupplierVatNumber = BillingText.Blank(firm.VatNumber);
        bill.SupplierSraNumber = BillingText.Blank(firm.SraNumber);
        bill.RegulatoryStatement = BillingText.Blank(settings.RegulatoryStatement) ?? DefaultStatement(firm.SraNumber);
        bill.CustomerName = client.DisplayName;
        bill.CustomerAddress = BillingText.ClientAddress(client);
        bill.Status = InvoiceStatus.Final;
        bill.FinalisedByUserId = me.Id;
        bill.FinalisedAt = now;
        bill.Version++;
        await work.SetItemsAsync(bill.Id, WipStatus.Billed, ct);
        audit.Record(AuditAction.BillFinalised, "Invoice", bill.Id, details: new
        {
            number = bill.Number ?? bill.RequestNumber, issuedOn = issued, bill.NetMinor, bill.VatMinor, bill.TotalMinor,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public static string DefaultStatement(string? sraNumber) => string.IsNullOrWhiteSpace(sraNumber)
        ? "Authorised and regulated by the Solicitors Regulation Authority."
        : $"Authorised and regulated by the Solicitors Regulation Authority (SRA number {sraNumber.Trim()}).";
}

/// <summary>The firm counters bills take their numbers from; each has its own gap-free sequence.</summary>
public static class BillCounters
{
    public const string Invoice = "invoice";
    public const string RequestForPayment = "request-for-payment";
    public const string CreditNote = "credit-note";
}
