using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// A cost paid for a matter. A recharged expense (travel, copying, couriers, most searches) carries VAT
/// on the bill; an agent disbursement meets all eight HMRC conditions (VAT Notice 700 §25.1.1), is outside
/// the scope of VAT and is listed separately.
/// </summary>
public sealed class Disbursement : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public DateOnly Date { get; set; }
    public required string Description { get; set; }
    public string? Supplier { get; set; }
    public string? SupplierReference { get; set; }
    /// <summary>Net amount; for an agent disbursement, the whole amount passed on.</summary>
    public long AmountMinor { get; set; }
    public int VatRateBp { get; set; }
    public bool IsAgentDisbursement { get; set; }
    public bool Paid { get; set; }
    public DateOnly? PaidOn { get; set; }
    public WipStatus Status { get; set; }
    public Guid? InvoiceId { get; set; }
    public string? WriteOffReason { get; set; }
    public Guid RecordedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }
}
