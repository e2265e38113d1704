using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

public enum ReconciliationStatus { Open, SignedOff }

/// <summary>
/// A three-way reconciliation of one client bank account at a statement date (AR 8.2–8.3). Figures are frozen
/// at sign-off, which only a COFA or a Partner may give and only when every difference is explained; after that
/// nothing on it changes.
/// </summary>
public sealed class Reconciliation : FirmOwnedEntity
{
    public Guid BankAccountId { get; init; }
    public DateOnly StatementDate { get; init; }
    public long StatementBalanceMinor { get; set; }
    public ReconciliationStatus Status { get; set; }
    public long? CashBookMinor { get; set; }
    public long? ClientLedgersMinor { get; set; }
    public long? SuspenseMinor { get; set; }
    public string? Notes { get; set; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid? SignedOffByUserId { get; set; }
    public DateTime? SignedOffAt { get; set; }
    public int Version { get; set; }
    /// <summary>
    /// Set at sign-off: every cash-book entry posted before this day had been presented (matched to a statement line
    /// dated on or before the statement date). Later reconciliations look for timing items only from here on.
    /// </summary>
    public DateOnly? SettledBefore { get; set; }
    /// <summary>The last journal number posted when it was signed off, to spot an entry dated back before <see cref="SettledBefore"/> since.</summary>
    public long? JournalsThrough { get; set; }
}

public enum StatementMatchKind { None, Auto, Manual }

/// <summary>A line of an imported bank statement, matched to a cash-book entry (a ledger entry on the bank account) or not.</summary>
public sealed class StatementLine : FirmOwnedEntity
{
    public Guid ReconciliationId { get; init; }
    public Guid BankAccountId { get; init; }
    public DateOnly Date { get; init; }
    public required string Description { get; init; }
    public string? Reference { get; init; }
    /// <summary>Money in positive, money out negative, as the bank sees the account.</summary>
    public long AmountMinor { get; init; }
    /// <summary>The bank's own id for the line (OFX FITID), or a hash of the CSV row; a re-import skips lines already held.</summary>
    public required string ExternalId { get; init; }
    public Guid? MatchedEntryId { get; set; }
    public StatementMatchKind MatchKind { get; set; }
    public Guid? MatchedByUserId { get; set; }
}

public enum ReconciliationItemKind { UnpresentedPayment, UnclearedReceipt, BankError, Other }

/// <summary>An explained difference on a reconciliation, signed as it adjusts the statement (see <see cref="ReconciliationRules.Check"/>).</summary>
public sealed class ReconciliationItem : FirmOwnedEntity
{
    public Guid ReconciliationId { get; init; }
    public ReconciliationItemKind Kind { get; init; }
    public required string Explanation { get; init; }
    public long AmountMinor { get; init; }
    public Guid? LedgerEntryId { get; init; }
    public Guid? StatementLineId { get; init; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
}
