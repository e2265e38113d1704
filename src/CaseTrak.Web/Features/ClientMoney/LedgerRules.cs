using CaseTrak.Web.Platform.Money;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Where a ledger line lands: a bank account's cash book, one side of a matter's ledger, or a client account's suspense (money not yet allocated to a matter).</summary>
public enum LedgerAccountKind { ClientBank, OfficeBank, ClientLedger, OfficeLedger, Suspense }

/// <summary>One account of the double entry: a bank account (by id) or a matter's client or office side (by matter id).</summary>
public readonly record struct LedgerAccount(LedgerAccountKind Kind, Guid Id);

/// <summary>
/// A line of a journal in pence, debit positive and credit negative. A receipt for a client debits the client
/// bank and credits the matter's client ledger; a payment out does the reverse.
/// </summary>
public readonly record struct JournalLine(LedgerAccount Account, long AmountMinor);

/// <summary>Why a journal may not be posted.</summary>
public sealed record LedgerBreach(string Code, string Message, Guid? MatterId = null);

/// <summary>
/// The rules every posting keeps, pure so they can be proved on random sequences (SRA Accounts Rules 2019):
/// a journal balances (double entry) and is not empty; no client ledger ever goes into debit, even for a moment,
/// and money held for one client never funds another (AR 5.3).
/// </summary>
public static class LedgerRules
{
    /// <summary>Money held for the client: credits less debits on the matter's client side.</summary>
    public static long ClientBalanceAfter(long balanceBefore, IEnumerable<JournalLine> lines, Guid matterId) =>
        balanceBefore - lines.Where(l => l.Account == new LedgerAccount(LedgerAccountKind.ClientLedger, matterId)).Sum(l => l.AmountMinor);

    /// <param name="clientBalances">Each touched matter's client balance at the moment of posting (read under a lock).</param>
    public static IReadOnlyList<LedgerBreach> Check(IReadOnlyList<JournalLine> lines, IReadOnlyDictionary<Guid, long> clientBalances)
    {
        var breaches = CheckShape(lines).ToList();
        foreach (var matterId in lines.Where(l => l.Account.Kind == LedgerAccountKind.ClientLedger).Select(l => l.Account.Id).Distinct())
        {
            var before = clientBalances.GetValueOrDefault(matterId);
            if (ClientBalanceAfter(before, lines, matterId) < 0)
                breaches.Add(new("client_money.insufficient_funds",
                    $"The matter holds {MoneyText.Pounds(before)} of client money; this would take it below zero.", matterId));
        }
        return breaches;
    }

    /// <summary>Double entry alone: at least two non-zero lines whose debits equal their credits.</summary>
    public static IReadOnlyList<LedgerBreach> CheckShape(IReadOnlyList<JournalLine> lines)
    {
        var breaches = new List<LedgerBreach>();
        if (lines.Count < 2 || lines.Any(l => l.AmountMinor == 0))
            breaches.Add(new("client_money.empty_journal", "A journal needs at least two lines, none of them zero."));
        if (lines.Sum(l => l.AmountMinor) != 0)
            breaches.Add(new("client_money.unbalanced", "The journal's debits and credits must be equal."));
        return breaches;
    }
}
