using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Money received into a client bank account (AR 2.3 / 4.2): when it was received and when banked, from whom and
/// how. With no matter it waits in suspense (and raises an alert) until allocated. A mixed receipt names the
/// part that pays a delivered bill; that part is transferred to office straight away.
/// </summary>
public sealed class ClientReceipt : FirmOwnedEntity, IOptionallyMatterScoped
{
    public Guid BankAccountId { get; init; }
    public Guid? MatterId { get; set; }
    public long AmountMinor { get; init; }
    /// <summary>The office part of a mixed receipt (paid on to office against <see cref="InvoiceId"/>).</summary>
    public long OfficeAmountMinor { get; init; }
    public Guid? InvoiceId { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly BankedOn { get; init; }
    public required string Payer { get; init; }
    public PaymentMethod Method { get; init; }
    public string? Reference { get; init; }
    /// <summary>Why money was taken although due diligence is incomplete (a recorded exception), if it was.</summary>
    public string? CddException { get; init; }
    public Guid JournalId { get; init; }
    public Guid? AllocationJournalId { get; set; }
    public Guid? TransferId { get; set; }
    public Guid ReceivedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? AllocatedAt { get; set; }

    public bool InSuspense => MatterId is null;
}
