using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

public enum JournalKind { Receipt, SuspenseReceipt, SuspenseAllocation, Payment, TransferToOffice, TransferBetweenClients, Reversal }

/// <summary>
/// One posting: a balanced set of ledger entries made together (double entry). Append-only (AR 8.1), enforced by
/// database triggers: a mistake is corrected by a reversing journal that names the one it reverses and why (at
/// most one per journal, by a unique index), never by an edit or a delete.
/// </summary>
public sealed class LedgerJournal : FirmOwnedEntity
{
    /// <summary>Gap-free per firm ("J-000123"), from the firm counter "ledger-journal".</summary>
    public long Number { get; init; }
    public JournalKind Kind { get; init; }
    /// <summary>The accounting date (e.g. the date money was banked or paid).</summary>
    public DateOnly PostedOn { get; init; }
    /// <summary>When it was entered, which AR 8.1 asks to keep beside the posting date.</summary>
    public DateTime EnteredAt { get; init; }
    public Guid EnteredByUserId { get; init; }
    public required string Description { get; init; }
    public string? Reference { get; init; }
    public Guid? ReversesJournalId { get; init; }
    public string? ReversalReason { get; init; }
}

/// <summary>
/// A line of a journal in pence, debit positive, credit negative (see <see cref="LedgerRules"/>). Lines on a bank
/// account or suspense carry no matter; lines on a matter's client or office side carry it, and vanish with
/// the matter behind a barrier.
/// </summary>
public sealed class LedgerEntry : FirmOwnedEntity, IOptionallyMatterScoped
{
    public Guid JournalId { get; init; }
    public LedgerAccountKind Account { get; init; }
    public Guid BankAccountId { get; init; }
    public Guid? MatterId { get; init; }
    public long AmountMinor { get; init; }
    public DateOnly PostedOn { get; init; }
    public DateTime EnteredAt { get; init; }
    public required string Description { get; init; }
    /// <summary>The bill a transfer to office was made against.</summary>
    public Guid? InvoiceId { get; init; }
}

/// <summary>
/// A matter's client balance in one client bank account (credits less debits on its client side), kept in step
/// with every posting. It is
/// the row each posting updates conditionally ("only if it stays ≥ 0"), so concurrent withdrawals queue on it
/// and cannot together overdraw (AR 5.3).
/// </summary>
public sealed class MatterClientBalance : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid BankAccountId { get; init; }
    public long BalanceMinor { get; set; }
    public DateOnly LastMovementOn { get; set; }
}
