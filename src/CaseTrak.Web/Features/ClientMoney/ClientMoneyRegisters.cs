using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The AR 6.1 breach register: what happened, when it was found and when put right. Late reconciliations are recorded automatically.</summary>
public sealed class AccountsBreach : FirmOwnedEntity, IOptionallyMatterScoped
{
    /// <summary>The rule broken, e.g. "AR 8.3".</summary>
    public required string Rule { get; init; }
    public required string Description { get; set; }
    public Guid? MatterId { get; init; }
    public Guid? BankAccountId { get; init; }
    public long? AmountMinor { get; init; }
    public DateOnly OccurredOn { get; init; }
    public DateOnly DiscoveredOn { get; init; }
    public DateOnly? CorrectedOn { get; set; }
    public string? Correction { get; set; }
    /// <summary>Set for breaches the system records itself, so it records each one once (e.g. "reconciliation-overdue:{account}:{due}").</summary>
    public string? SourceKey { get; init; }
    public Guid? RecordedByUserId { get; init; }
    public DateTime RecordedAt { get; init; }
    public int Version { get; set; }
}

/// <summary>
/// A residual client balance paid away when the owner cannot be found: up to £500 to a charity after recorded
/// tracing steps; above that only with the SRA's authority (its reference recorded). Paid by a client payment.
/// </summary>
public sealed class ResidualBalance : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid BankAccountId { get; init; }
    public long AmountMinor { get; init; }
    public required string OwnerName { get; init; }
    public required string TracingSteps { get; init; }
    public string? CharityName { get; init; }
    public string? CharityNumber { get; init; }
    public string? SraAuthorityReference { get; init; }
    public DateOnly PaidOn { get; init; }
    public Guid? PaymentId { get; set; }
    public Guid RecordedByUserId { get; init; }
    public DateTime RecordedAt { get; init; }
}

public enum BalanceReturnStatus { Open, Done }

/// <summary>
/// Raised when a matter with client money asks to close (AR 2.5–2.6): a task for the fee earner to return the
/// balance, and the letter to the client stating the amount and why it is held.
/// </summary>
public sealed class BalanceReturn : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public long AmountMinor { get; init; }
    public Guid AssignedToUserId { get; init; }
    public BalanceReturnStatus Status { get; set; }
    public DateOnly DueOn { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DoneAt { get; set; }
}

/// <summary>Firm-wide client-money settings.</summary>
public sealed class ClientMoneySettings : FirmOwnedEntity
{
    /// <summary>Payments above this need a second approver (AR 5.1 internal control). Default £10,000.</summary>
    public long SecondApprovalAboveMinor { get; set; } = 1_000_000;
    /// <summary>A balance with no movement for this many days is listed as dormant. Default 1 year.</summary>
    public int DormantAfterDays { get; set; } = 365;
    /// <summary>Days either side of a cash-book date an auto-match accepts. Default 3.</summary>
    public int MatchWindowDays { get; set; } = 3;
    public int Version { get; set; }
}
