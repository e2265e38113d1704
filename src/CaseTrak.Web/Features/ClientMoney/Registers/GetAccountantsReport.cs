using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record DailyClientBalance(DateOnly Date, long BalanceMinor);

public sealed record AccountantsReportDto(DateOnly From, DateOnly To, long OpeningMinor, long AverageMinor, long MaximumMinor, DateOnly MaximumOn,
    bool Exempt, string Reason, IReadOnlyList<DailyClientBalance> Days, string Currency = "GBP");

/// <summary>
/// AR 12 figures for a period: the total client balance of the firm on every day (all client accounts, every matter,
/// barred ones included), its average and maximum, and whether an accountant's report is needed.
/// </summary>
public sealed class GetAccountantsReportHandler(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<AccountantsReportDto> HandleAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the accountant's report figures");
        var today = RegisterDates.Today(clock);
        var (start, end) = RegisterDates.Period(from ?? today.AddYears(-1).AddDays(1), to, today);
        var days = await DailyTotalsAsync(db, start, end, ct);
        var figures = AccountantsReportRules.Evaluate(start, end, days.Opening, days.Days.Select(d => (d.Date, d.BalanceMinor)));
        var peak = days.Series.Where(d => d.BalanceMinor == figures.MaximumMinor).Select(d => d.Date).DefaultIfEmpty(start).First();
        return new(start, end, days.Opening, figures.AverageMinor, figures.MaximumMinor, peak, figures.Exempt, figures.Reason, days.Series);
    }

    /// <summary>
    /// The firm's total client balance brought forward to <paramref name="from"/>, the closing total of each day that
    /// moved, and the balance of every day of the period (days without a movement carry the last).
    /// </summary>
    internal static async Task<(long Opening, IReadOnlyList<DailyClientBalance> Days, IReadOnlyList<DailyClientBalance> Series)> DailyTotalsAsync(
        AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ledgers = db.IncludingBarredForTotals<LedgerEntry>().Where(e => e.Account == LedgerAccountKind.ClientLedger);
        var opening = -(await ledgers.Where(e => e.PostedOn < from).SumAsync(e => (long?)e.AmountMinor, ct) ?? 0);
        var moves = (await ledgers.Where(e => e.PostedOn >= from && e.PostedOn <= to)
                .GroupBy(e => e.PostedOn).Select(g => new { Day = g.Key, Sum = g.Sum(e => e.AmountMinor) }).ToListAsync(ct))
            .ToDictionary(x => x.Day, x => -x.Sum);
        var balance = opening;
        var changes = new List<DailyClientBalance>();
        var series = new List<DailyClientBalance>(to.DayNumber - from.DayNumber + 1);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (moves.TryGetValue(day, out var delta))
            {
                balance += delta;
                changes.Add(new(day, balance));
            }
            series.Add(new(day, balance));
        }
        return (opening, changes, series);
    }
}
