namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="Side">"client" or "office".</param>
/// <param name="Kind">A journal kind on the client side ("receipt", "payment", …); on the office side "bill", "creditNote", "payment", "transferFromClient" or "disbursement".</param>
/// <param name="BalanceMinor">The running balance of this entry's side: client money held, or what the client owes the office.</param>
public sealed record MatterLedgerEntry(DateOnly Date, DateTime EnteredAt, string EnteredBy, Guid? JournalId, string? JournalNumber, string Kind, string Side,
    string Description, string? Reference, long DebitMinor, long CreditMinor, long BalanceMinor);

/// <param name="ClientBalanceMinor">Client money held for the matter (credits less debits on its client side).</param>
/// <param name="OfficeBalanceMinor">What the client owes the firm on this matter (bills and office disbursements less credits and payments).</param>
public sealed record MatterLedgerDto(Guid MatterId, string MatterReference, string MatterTitle, long ClientBalanceMinor, long OfficeBalanceMinor,
    string Currency, IReadOnlyList<MatterLedgerEntry> Entries);

/// <summary>A ledger line before the running balances are worked out (debit positive, credit negative, as the ledger signs it).</summary>
internal sealed record LedgerLine(DateOnly Date, DateTime EnteredAt, Guid EnteredByUserId, Guid? JournalId, long? JournalNumber, string Kind, bool Client,
    string Description, string? Reference, long AmountMinor);
