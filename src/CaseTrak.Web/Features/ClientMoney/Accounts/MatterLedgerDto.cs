namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="Side">"client" or "office".</param>
/// <param name="Kind">A journal kind on the client side ("receipt", "payment", …); on the office side "bill", "creditNote", "payment", "transferFromClient" or "disbursement".</param>
/// <param name="BalanceMinor">The running balance of this entry's side: client money held, or what the client owes the office.</param>
public sealed record MatterLedgerEntry(DateOnly Date, DateTime EnteredAt, string EnteredBy, Guid? JournalId, string? JournalNumber, string Kind, string Side,
    string Description, string? Reference, long DebitMinor, long CreditMinor, long BalanceMinor);

/// <param name="ClientBalanceMinor">Client money held for the matter (credits less debits on its client side).</param>
/// <param name="OfficeBalanceMinor">What the client owes the firm on this matter (bills and office disbursements less credits and payments).</param>
/// <param name="Entries">One page, newest first (the API and the tab), or the whole ledger oldest first (the statement).</param>
/// <param name="NextCursor">Where the next, older page starts; null on the last page and for the whole ledger.</param>
public sealed record MatterLedgerDto(Guid MatterId, string MatterReference, string MatterTitle, long ClientBalanceMinor, long OfficeBalanceMinor,
    string Currency, IReadOnlyList<MatterLedgerEntry> Entries, string? NextCursor = null);

/// <summary>A ledger line before the running balances are worked out (debit positive, credit negative, as the ledger signs it).</summary>
/// <param name="Id">The ledger entry, or the office side's source row (bill, credit note, allocation, disbursement): the last tiebreak.</param>
internal sealed record LedgerLine(DateOnly Date, DateTime EnteredAt, Guid EnteredByUserId, Guid? JournalId, long? JournalNumber, string Kind, bool Client,
    string Description, string? Reference, long AmountMinor, Guid Id)
{
    public LedgerKey Key => new(Date, EnteredAt, Client, JournalNumber ?? OfficeRank(Kind), Id);

    // At the same instant the office side keeps the order it always had: bills, then credits, payments, disbursements.
    private static long OfficeRank(string kind) => kind switch { "bill" => 0, "creditNote" => 1, "disbursement" => 3, _ => 2 };
}
