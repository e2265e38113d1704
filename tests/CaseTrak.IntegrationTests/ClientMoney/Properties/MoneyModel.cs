namespace CaseTrak.IntegrationTests.ClientMoney.Properties;

/// <summary>
/// What the ledger should hold after each step, worked out without the app: each matter's client balance, the
/// posted journals (with the client-ledger moves a reversal would undo) and the payment requests awaiting approval.
/// </summary>
public sealed class MoneyModel
{
    public long[] Balances { get; } = new long[2];
    public long Suspense { get; set; }
    /// <summary>Posted journals that may still be reversed: id and the change each made to matter 0 and matter 1.</summary>
    public List<(Guid Journal, long Delta0, long Delta1)> Reversible { get; } = [];
    public List<(Guid Payment, int Matter, long AmountMinor)> Pending { get; } = [];

    /// <summary>Whether moving these amounts (positive = money in) keeps both matters at zero or above.</summary>
    public bool Affords(long delta0, long delta1) => Balances[0] + delta0 >= 0 && Balances[1] + delta1 >= 0;

    public void Apply(Guid journal, long delta0, long delta1, bool reversible = true)
    {
        Balances[0] += delta0;
        Balances[1] += delta1;
        if (reversible)
            Reversible.Add((journal, delta0, delta1));
    }

    public static (long, long) Delta(int matter, long amount) => matter == 0 ? (amount, 0) : (0, amount);
}
