using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

public enum ClientPaymentStatus { Requested, Approved, Paid, Rejected, Cancelled }

/// <summary>
/// A payment out of client account (AR 5.1–5.2): requested with its purpose and the client's instruction, then
/// approved by someone else who holds an approving role; above the firm's threshold a second, different approver
/// is needed. It is posted (and the balance checked under lock) at the final approval.
/// </summary>
public sealed class ClientPayment : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid BankAccountId { get; init; }
    public long AmountMinor { get; init; }
    public required string Payee { get; init; }
    public string? PayeeSortCode { get; init; }
    public string? PayeeAccountNumber { get; init; }
    public string? PayeeReference { get; init; }
    public required string Purpose { get; init; }
    /// <summary>The client's instruction behind the withdrawal (who gave it, when, how).</summary>
    public required string Instruction { get; init; }
    /// <summary>A disbursement (issue 5) this payment settles from client money.</summary>
    public Guid? DisbursementId { get; init; }
    public DateOnly? PayOn { get; init; }
    public ClientPaymentStatus Status { get; set; }
    /// <summary>Fixed when requested from the firm's threshold, so a later change of threshold does not move the goalposts.</summary>
    public bool NeedsSecondApproval { get; init; }
    public Guid RequestedByUserId { get; init; }
    public DateTime RequestedAt { get; init; }
    public Guid? FirstApproverUserId { get; set; }
    public DateTime? FirstApprovedAt { get; set; }
    public Guid? SecondApproverUserId { get; set; }
    public DateTime? SecondApprovedAt { get; set; }
    public Guid? RejectedByUserId { get; set; }
    public DateTime? RejectedAt { get; set; }
    public string? RejectionReason { get; set; }
    public Guid? JournalId { get; set; }
    public int Version { get; set; }
    public Guid? CancelledByUserId { get; set; }
    public DateTime? CancelledAt { get; set; }
}

public enum ClientTransferKind { ToOffice, BetweenClients }

/// <summary>
/// Client → office for costs, only against a delivered bill and never above what it still owes (AR 4.3); or
/// client → client between matters, with the authority recorded (AR 5.3 forbids using one client's money for another
/// without it). The office half of a costs transfer is the bill's payment (issue 5, method ClientAccountTransfer).
/// </summary>
public sealed class ClientTransfer : FirmOwnedEntity, IMatterScoped
{
    public ClientTransferKind Kind { get; init; }
    /// <summary>The matter the money leaves.</summary>
    public Guid MatterId { get; init; }
    public Guid BankAccountId { get; init; }
    public Guid? ToMatterId { get; init; }
    public Guid? InvoiceId { get; init; }
    public Guid? OfficePaymentId { get; set; }
    public long AmountMinor { get; init; }
    public DateOnly PostedOn { get; init; }
    public string? Authority { get; init; }
    public string? Reason { get; init; }
    public Guid JournalId { get; set; }
    public Guid TransferredByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
}
