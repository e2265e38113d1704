namespace CaseTrak.Web.Features.Billing;

public sealed record BillLineDto(
    Guid Id, int Position, InvoiceLineKind Kind, DateOnly? Date, string Description,
    Guid? TimeEntryId, Guid? DisbursementId, Guid? FeeStageId, Guid? UserId, string? ActivityCode, string? TaskCode,
    int? Units, int? UnitMinutes, long? RateMinor, long OriginalNetMinor, long NetMinor, string? AdjustmentReason,
    int VatRateBp, long VatMinor, long CreditedMinor, string Currency)
{
    public static BillLineDto From(InvoiceLine l, long credited) => new(
        l.Id, l.Position, l.Kind, l.Date, l.Description, l.TimeEntryId, l.DisbursementId, l.FeeStageId, l.UserId, l.ActivityCode, l.TaskCode,
        l.Units, l.UnitMinutes, l.RateMinor, l.OriginalNetMinor, l.NetMinor, l.AdjustmentReason, l.VatRateBp, l.VatMinor, credited, "GBP");
}

/// <summary>VAT per rate, as a VAT invoice states it.</summary>
public sealed record VatSummaryDto(int RateBp, long NetMinor, long VatMinor);

/// <summary>Time attached to a fixed-fee bill: not charged, kept for profitability.</summary>
public sealed record CoveredTimeDto(int Entries, int Minutes, long ValueMinor);

/// <summary>
/// One bill as GET /api/v1/invoices/{id} answers it; `version` is also the ETag. `assessmentDeadline` and
/// `canSueFrom` follow from the delivery date (Solicitors Act 1974 ss 69–70).
/// </summary>
public sealed record BillDto(
    Guid Id, InvoiceStatus Status, InvoiceKind Kind, Guid MatterId, string MatterReference, string MatterTitle,
    Guid ClientId, string ClientName, string? Number, string? RequestNumber,
    DateOnly? IssuedOn, DateOnly? TaxPointOn, DateOnly? DueOn, DateOnly? DeliveredOn, string? DeliveryMethod,
    DateOnly? AssessmentDeadline, DateOnly? CanSueFrom, string? Narrative,
    string? SupplierName, string? SupplierAddress, string? SupplierVatNumber, string? SupplierSraNumber, string? RegulatoryStatement,
    string? CustomerName, string? CustomerAddress,
    IReadOnlyList<BillLineDto> Lines, IReadOnlyList<VatSummaryDto> VatSummary, CoveredTimeDto? CoveredTime,
    long NetMinor, long VatMinor, long TotalMinor, long PaidMinor, long CreditedMinor, long OutstandingMinor, bool Overdue, string Currency,
    string? VoidReason, DateTime CreatedAt, DateTime? FinalisedAt, DateTime? VoidedAt, int Version);

/// <summary>A bill in a list.</summary>
public sealed record BillSummaryDto(
    Guid Id, InvoiceStatus Status, InvoiceKind Kind, string? Number, string? RequestNumber, Guid MatterId, string MatterReference,
    Guid ClientId, string ClientName, DateOnly? IssuedOn, DateOnly? DueOn, long NetMinor, long VatMinor, long TotalMinor,
    long PaidMinor, long CreditedMinor, long OutstandingMinor, bool Overdue, string Currency, DateTime CreatedAt);

internal static class BillDates
{
    public static DateOnly? AssessmentDeadline(DateOnly? delivered) => delivered?.AddMonths(1);

    /// <summary>No action on a bill until one month from delivery has expired: the day after.</summary>
    public static DateOnly? CanSueFrom(DateOnly? delivered) => delivered?.AddMonths(1).AddDays(1);

    public static bool Overdue(Invoice i, DateOnly today) =>
        i.Status == InvoiceStatus.Final && i.OutstandingMinor > 0 && i.DueOn is { } due && due < today;
}
