using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Corrects a final bill, in full or in part, with its own gap-free sequence and a reference to the bill;
/// VAT is reversed at each credited line's own rate. Amounts are positive: they reduce what is owed.
/// </summary>
public sealed class CreditNote : FirmOwnedEntity, IMatterScoped
{
    public Guid InvoiceId { get; init; }
    public Guid MatterId { get; init; }
    public required string Number { get; init; }
    public long NumberSequence { get; init; }
    public DateOnly IssuedOn { get; init; }
    public required string Reason { get; init; }
    public long NetMinor { get; init; }
    public long VatMinor { get; init; }
    public long TotalMinor { get; init; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
}

public sealed class CreditNoteLine : FirmOwnedEntity, IMatterScoped
{
    public Guid CreditNoteId { get; init; }
    public Guid InvoiceLineId { get; init; }
    public Guid MatterId { get; init; }
    public required string Description { get; init; }
    public long NetMinor { get; init; }
    public int VatRateBp { get; init; }
    public long VatMinor { get; init; }
}
