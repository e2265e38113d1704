using CaseTrak.Web.Platform.Money;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>An explained difference between the bank statement and the cash book (e.g. a cheque not yet presented).</summary>
public sealed record ReconciliationAdjustment(string Reason, long AmountMinor);

/// <summary>The three figures and every difference left unexplained; only a balanced one may be signed off.</summary>
public sealed record ThreeWayCheck(long StatementMinor, long AdjustedStatementMinor, long CashBookMinor, long ClientLedgersMinor,
    IReadOnlyList<string> Differences)
{
    public bool Balanced => Differences.Count == 0;
}

public enum ReconciliationCadence { InTime, Due, Breach }

/// <summary>
/// SRA Accounts Rules 8.2–8.3: each client account is reconciled at least every five weeks — the bank statement
/// (adjusted for explained items such as uncleared receipts and unpresented payments) equals the client cash book,
/// which equals the sum of the client ledgers. Alert at day 28; a breach after day 35.
/// </summary>
public static class ReconciliationRules
{
    public const int AlertAfterDays = 28;
    public const int BreachAfterDays = 35;

    /// <param name="adjustments">Explained items, signed as they adjust the statement: + an uncleared receipt, − an unpresented payment.</param>
    public static ThreeWayCheck Check(long statementMinor, IEnumerable<ReconciliationAdjustment> adjustments, long cashBookMinor, long clientLedgersMinor)
    {
        var adjusted = statementMinor + adjustments.Sum(a => a.AmountMinor);
        var differences = new List<string>();
        if (adjusted != cashBookMinor)
            differences.Add($"The adjusted bank statement ({MoneyText.Pounds(adjusted)}) differs from the client cash book ({MoneyText.Pounds(cashBookMinor)}) by {MoneyText.Pounds(adjusted - cashBookMinor)}.");
        if (cashBookMinor != clientLedgersMinor)
            differences.Add($"The client cash book ({MoneyText.Pounds(cashBookMinor)}) differs from the total of the client ledgers ({MoneyText.Pounds(clientLedgersMinor)}) by {MoneyText.Pounds(cashBookMinor - clientLedgersMinor)}.");
        return new(statementMinor, adjusted, cashBookMinor, clientLedgersMinor, differences);
    }

    /// <summary>Where an account stands, counted from the statement date of its last signed-off reconciliation.</summary>
    public static ReconciliationCadence Cadence(DateOnly? lastReconciledTo, DateOnly accountOpenedOn, DateOnly today)
    {
        var days = today.DayNumber - (lastReconciledTo ?? accountOpenedOn).DayNumber;
        return days > BreachAfterDays ? ReconciliationCadence.Breach : days >= AlertAfterDays ? ReconciliationCadence.Due : ReconciliationCadence.InTime;
    }

}

/// <summary>
/// Residual client balances (SRA guidance on AR 5.1): up to £500 per matter may be paid to charity once reasonable
/// steps to trace the client are recorded; above £500 the SRA's authority is needed, and its reference is kept.
/// </summary>
public static class ResidualBalanceRules
{
    public const long CharityLimitMinor = 50_000;

    public static LedgerBreach? Check(long amountMinor, bool tracingStepsRecorded, string? sraAuthorityReference)
    {
        if (amountMinor <= 0)
            return new("client_money.nothing_residual", "There is no client balance to pay away.");
        if (amountMinor > CharityLimitMinor && string.IsNullOrWhiteSpace(sraAuthorityReference))
            return new("client_money.sra_authority_required", "Over £500 can be paid away only with the SRA's authority: record its reference.");
        if (!tracingStepsRecorded)
            return new("client_money.tracing_steps_required", "Record the steps taken to trace the client before paying the balance to charity.");
        return null;
    }
}
