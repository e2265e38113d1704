namespace CaseTrak.Web.Features.ClientMoney;

public sealed record StatementLineDto(Guid Id, DateOnly Date, string Description, string? Reference, long AmountMinor,
    Guid? MatchedEntryId, StatementMatchKind MatchKind, Guid? ExplainedByItemId);

/// <summary>A cash-book entry not yet on a statement by the statement date: a timing item that adjusts the statement.</summary>
public sealed record CashBookEntryDto(Guid Id, DateOnly PostedOn, string Description, string? Reference, string JournalNumber,
    long AmountMinor, ReconciliationItemKind Kind);

public sealed record ReconciliationItemDto(Guid Id, ReconciliationItemKind Kind, string Explanation, long AmountMinor, Guid? StatementLineId,
    DateTime CreatedAt);

/// <summary>
/// A reconciliation with its three-way figures at the statement date. <c>adjustedStatementMinor</c> is the statement
/// plus uncleared receipts, less unpresented payments, plus the manual items; it must equal the cash book, which must
/// equal the client ledgers (with any suspense counted beside them). <c>statementLines</c> holds the newest
/// <see cref="StatementLinesQuery.Listed"/> lines of the statement (oldest first) and <c>unmatchedStatementLines</c> every
/// unmatched one; GET …/statement-lines pages through them all.
/// </summary>
public sealed record ReconciliationDto(
    Guid Id, Guid BankAccountId, string BankAccountName, DateOnly StatementDate, long StatementBalanceMinor, ReconciliationStatus Status,
    long CashBookMinor, long ClientLedgersMinor, long SuspenseMinor, long AdjustedStatementMinor,
    long UnclearedReceiptsMinor, long UnpresentedPaymentsMinor, long ItemsMinor, bool Balanced,
    IReadOnlyList<string> Differences, IReadOnlyList<StatementLineDto> UnmatchedStatementLines,
    IReadOnlyList<CashBookEntryDto> UnmatchedCashBookEntries, int UnmatchedCashBookCount,
    IReadOnlyList<ReconciliationItemDto> Items, IReadOnlyList<StatementLineDto> StatementLines,
    Guid CreatedByUserId, DateTime CreatedAt, Guid? SignedOffBy, string? SignedOffByName, DateTime? SignedOffAt, int Version,
    int StatementLineCount, int MatchedStatementLineCount)
{
    public string Currency => "GBP";
}

public sealed record ReconciliationRow(Guid Id, Guid BankAccountId, string BankAccountName, DateOnly StatementDate, long StatementBalanceMinor,
    ReconciliationStatus Status, Guid? SignedOffBy, DateTime? SignedOffAt)
{
    public string Currency => "GBP";
}
