using CaseTrak.Web.Features.ClientMoney;
using FsCheck.Xunit;

namespace CaseTrak.UnitTests.ClientMoney;

public sealed class LedgerRulesTests
{
    private static readonly Guid Bank = Guid.CreateVersion7();
    private static readonly Guid[] Matters = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];

    private static JournalLine ClientBank(long amount) => new(new(LedgerAccountKind.ClientBank, Bank), amount);

    private static JournalLine ClientLedger(Guid matter, long amount) => new(new(LedgerAccountKind.ClientLedger, matter), amount);

    private static JournalLine[] Receipt(Guid matter, long amount) => [ClientBank(amount), ClientLedger(matter, -amount)];

    private static JournalLine[] Payment(Guid matter, long amount) => [ClientLedger(matter, amount), ClientBank(-amount)];

    private static JournalLine[] Transfer(Guid from, Guid to, long amount) => [ClientLedger(from, amount), ClientLedger(to, -amount)];

    [Fact]
    public void A_payment_of_exactly_the_balance_is_allowed_and_a_penny_more_is_refused()
    {
        var balances = new Dictionary<Guid, long> { [Matters[0]] = 10_000 };

        Assert.Empty(LedgerRules.Check(Payment(Matters[0], 10_000), balances));
        var breach = Assert.Single(LedgerRules.Check(Payment(Matters[0], 10_001), balances));
        Assert.Equal("client_money.insufficient_funds", breach.Code);
        Assert.Equal(Matters[0], breach.MatterId);
        Assert.Contains("£100.00", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_held_for_one_client_cannot_fund_another_through_a_transfer()
    {
        var balances = new Dictionary<Guid, long> { [Matters[0]] = 500, [Matters[1]] = 90_000 };

        Assert.Equal(Matters[0], Assert.Single(LedgerRules.Check(Transfer(Matters[0], Matters[1], 501), balances)).MatterId);
        Assert.Empty(LedgerRules.Check(Transfer(Matters[1], Matters[0], 501), balances));
    }

    [Fact]
    public void An_unbalanced_or_empty_journal_is_refused()
    {
        Assert.Contains(LedgerRules.Check([ClientBank(100), ClientLedger(Matters[0], -99)], new Dictionary<Guid, long>()), b => b.Code == "client_money.unbalanced");
        Assert.Contains(LedgerRules.Check([ClientBank(0), ClientLedger(Matters[0], 0)], new Dictionary<Guid, long>()), b => b.Code == "client_money.empty_journal");
    }

    /// <summary>
    /// Any sequence of receipts, payments and client-to-client transfers, each posted only when the rules allow it,
    /// leaves every client ledger at zero or above, every posted journal balanced, and the cash book equal to the
    /// sum of the client ledgers (the two sides of the three-way reconciliation the firm controls).
    /// </summary>
    [Property(MaxTest = 300)]
    public bool Random_postings_never_overdraw_a_ledger_and_always_balance(byte[] kinds, byte[] matters, ushort[] amounts)
    {
        var balances = Matters.ToDictionary(m => m, _ => 0L);
        long cashBook = 0;
        var steps = Math.Min(kinds.Length, Math.Min(matters.Length, amounts.Length));
        for (var i = 0; i < steps; i++)
        {
            var amount = amounts[i] + 1L;
            var matter = Matters[matters[i] % Matters.Length];
            var other = Matters[(matters[i] + 1) % Matters.Length];
            var journal = (kinds[i] % 3) switch { 0 => Receipt(matter, amount), 1 => Payment(matter, amount), _ => Transfer(matter, other, amount) };
            if (LedgerRules.Check(journal, balances).Count > 0)
                continue;
            if (journal.Sum(l => l.AmountMinor) != 0)
                return false;
            foreach (var m in Matters)
                balances[m] = LedgerRules.ClientBalanceAfter(balances[m], journal, m);
            cashBook += journal.Where(l => l.Account.Kind == LedgerAccountKind.ClientBank).Sum(l => l.AmountMinor);
            if (balances.Values.Any(b => b < 0) || cashBook != balances.Values.Sum())
                return false;
        }
        return true;
    }
}
