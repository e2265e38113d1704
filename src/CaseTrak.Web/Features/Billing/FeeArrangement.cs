using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

public enum FeeArrangementKind { Hourly, FixedFee, CappedFee }

/// <summary>
/// How a matter is charged. Time on a fixed-fee matter is still recorded at its rate (for profitability)
/// and is never flipped to non-billable; the bill carries the fixed-fee stages instead.
/// </summary>
public sealed class FeeArrangement : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public FeeArrangementKind Kind { get; set; }
    /// <summary>The fixed fee (sum of stages) or the cap, net of VAT.</summary>
    public long? AmountMinor { get; set; }
    /// <summary>This matter's time unit, when it differs from the client's or the firm's.</summary>
    public int? TimeUnitMinutes { get; set; }
    /// <summary>LEDES CLIENT_MATTER_ID: the client's own reference for this matter.</summary>
    public string? ClientMatterReference { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

/// <summary>A billable stage of a fixed fee (e.g. "Exchange of contracts": £900 + VAT).</summary>
public sealed class FeeStage : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public long AmountMinor { get; set; }
    public int VatRateBp { get; set; }
    /// <summary>The bill (draft or final) that carries this stage.</summary>
    public Guid? InvoiceId { get; set; }
}
