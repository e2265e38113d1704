using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A VAT invoice, or a request for payment (not a VAT invoice: the VAT invoice is issued when it is paid).</summary>
public enum InvoiceKind { Invoice, RequestForPayment }

public enum InvoiceStatus { Draft, Final, Void }

/// <summary>
/// A bill. A draft can be edited freely; finalising takes the next gap-free number from the firm's counter,
/// snapshots the supplier and customer details HMRC requires, and makes it immutable. A final bill is
/// voided (number kept, reason recorded) or corrected by credit notes, never deleted.
/// </summary>
public sealed class Invoice : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid ClientId { get; init; }
    public InvoiceKind Kind { get; set; }
    public InvoiceStatus Status { get; set; }
    /// <summary>The VAT invoice number (e.g. "INV-000123"); for a request for payment, given when it is paid.</summary>
    public string? Number { get; set; }
    public long? NumberSequence { get; set; }
    /// <summary>A request for payment's own number (e.g. "RFP-000045").</summary>
    public string? RequestNumber { get; set; }
    public DateOnly? IssuedOn { get; set; }
    /// <summary>Time of supply (tax point) for VAT.</summary>
    public DateOnly? TaxPointOn { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>Solicitors Act 1974: assessment can be asked for within one month of delivery; no suit before a month has passed.</summary>
    public DateOnly? DeliveredOn { get; set; }
    public string? DeliveryMethod { get; set; }
    public string? Narrative { get; set; }

    // Snapshots taken at finalisation: an issued bill does not change when the firm or the client does.
    public string? SupplierName { get; set; }
    public string? SupplierAddress { get; set; }
    public string? SupplierVatNumber { get; set; }
    public string? SupplierSraNumber { get; set; }
    public string? RegulatoryStatement { get; set; }
    public string? CustomerName { get; set; }
    public string? CustomerAddress { get; set; }

    public string Currency { get; set; } = "GBP";
    public long NetMinor { get; set; }
    public long VatMinor { get; set; }
    public long TotalMinor { get; set; }
    public long PaidMinor { get; set; }
    public long CreditedMinor { get; set; }

    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid? FinalisedByUserId { get; set; }
    public DateTime? FinalisedAt { get; set; }
    public Guid? VoidedByUserId { get; set; }
    public DateTime? VoidedAt { get; set; }
    public string? VoidReason { get; set; }
    public int Version { get; set; }

    public long OutstandingMinor => Status == InvoiceStatus.Final ? TotalMinor - PaidMinor - CreditedMinor : 0;
}

public enum InvoiceLineKind { Time, Expense, AgentDisbursement, FixedFee, Fee, Discount }

/// <summary>
/// One line of a bill. VAT is computed on the line at its stored rate, half-up to the penny, and the bill's
/// VAT is the sum of its lines (UK-RULES: per line, then summed). A write-down keeps the original value and
/// the reason.
/// </summary>
public sealed class InvoiceLine : FirmOwnedEntity, IMatterScoped
{
    public Guid InvoiceId { get; init; }
    public Guid MatterId { get; init; }
    public int Position { get; set; }
    public InvoiceLineKind Kind { get; init; }
    public DateOnly? Date { get; set; }
    public required string Description { get; set; }
    public Guid? TimeEntryId { get; init; }
    public Guid? DisbursementId { get; init; }
    public Guid? FeeStageId { get; init; }
    /// <summary>The timekeeper, for time lines.</summary>
    public Guid? UserId { get; init; }
    public string? ActivityCode { get; set; }
    public string? TaskCode { get; set; }
    public int? Units { get; set; }
    public int? UnitMinutes { get; set; }
    /// <summary>Hourly rate for time lines; unit cost otherwise.</summary>
    public long? RateMinor { get; set; }
    public long OriginalNetMinor { get; set; }
    public long NetMinor { get; set; }
    public string? AdjustmentReason { get; set; }
    public int VatRateBp { get; set; }
    public long VatMinor { get; set; }
}
