namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The AR 12 figures for an accounting period and whether the firm is exempt from an accountant's report.</summary>
public sealed record AccountantsReportFigures(long AverageMinor, long MaximumMinor, bool Exempt, string Reason);

/// <summary>
/// SRA Accounts Rules 12.2: no accountant's report is needed when, over the accounting period, the firm's
/// statement or passbook balance of client money averaged no more than £10,000 and never exceeded £250,000
/// (or all client money came from the Legal Aid Agency). The average is over every day of the period, the
/// balance of a day carrying on until the next change.
/// </summary>
public static class AccountantsReportRules
{
    public const long AverageLimitMinor = 1_000_000;
    public const long MaximumLimitMinor = 25_000_000;

    /// <param name="changes">The total client balance after each day's movements (any order; days without a change carry the last).</param>
    /// <param name="openingMinor">The balance at the start of the period.</param>
    public static AccountantsReportFigures Evaluate(DateOnly from, DateOnly to, long openingMinor, IEnumerable<(DateOnly Day, long BalanceMinor)> changes,
        bool allFromLegalAidAgency = false)
    {
        if (to < from)
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        var byDay = changes.Where(c => c.Day >= from && c.Day <= to).GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Last().BalanceMinor);
        long total = 0, maximum = openingMinor, balance = openingMinor;
        var days = to.DayNumber - from.DayNumber + 1;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (byDay.TryGetValue(day, out var closing))
                balance = closing;
            total += balance;
            maximum = Math.Max(maximum, balance);
        }
        var average = (long)Math.Round(total / (decimal)days, MidpointRounding.AwayFromZero);
        if (allFromLegalAidAgency)
            return new(average, maximum, true, "All client money held came from the Legal Aid Agency.");
        var exempt = average <= AverageLimitMinor && maximum <= MaximumLimitMinor;
        return new(average, maximum, exempt, exempt
            ? "Average at most £10,000 and maximum at most £250,000: no accountant's report is needed."
            : "The average exceeded £10,000 or the maximum exceeded £250,000: an accountant's report is needed.");
    }
}
