using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

public enum PaymentMethod { BankTransfer, Card, Cheque, Cash, ClientAccountTransfer }

/// <summary>
/// Money received into office account against a client's bills. It is allocated across bills; what is
/// left over (an overpayment) stays unallocated on the client until allocated to a later bill or refunded.
/// </summary>
public sealed class OfficePayment : FirmOwnedEntity
{
    public Guid ClientId { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public long AmountMinor { get; init; }
    public PaymentMethod Method { get; init; }
    public string? Payer { get; init; }
    public string? Reference { get; init; }
    public long AllocatedMinor { get; set; }
    public long RefundedMinor { get; set; }
    public Guid RecordedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }

    public long UnallocatedMinor => AmountMinor - AllocatedMinor - RefundedMinor;
}

public sealed class PaymentAllocation : FirmOwnedEntity, IMatterScoped
{
    public Guid PaymentId { get; init; }
    public Guid InvoiceId { get; init; }
    public Guid MatterId { get; init; }
    public long AmountMinor { get; init; }
    public Guid AllocatedByUserId { get; init; }
    public DateTime AllocatedAt { get; init; }
}
