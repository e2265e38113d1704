using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record DormantBalanceRow(Guid MatterId, string MatterReference, string MatterTitle, string ClientName, Guid BankAccountId,
    long BalanceMinor, DateOnly LastMovementOn, int DaysSinceMovement, string AgeBucket);

public sealed record DormantBucket(string Name, int Count, long BalanceMinor);

public sealed record DormantBalancesDto(int DormantAfterDays, IReadOnlyList<DormantBalanceRow> Items, IReadOnlyList<DormantBucket> Buckets,
    long TotalMinor, string Currency = "GBP");

/// <summary>
/// Old and dormant client balances: money with no movement for the firm's dormancy period, by age, the oldest first,
/// so the cashier can return it (or, after tracing, treat it as a residual balance).
/// </summary>
public sealed class ListDormantBalancesHandler(AppDbContext db, CurrentUser me, ClientMoneySettingsReader settings, TimeProvider clock)
{
    public static readonly string[] BucketNames = ["Under 1 year", "1–2 years", "2–6 years", "Over 6 years"];

    public async Task<DormantBalancesDto> HandleAsync(CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see dormant client balances");
        var after = (await settings.GetAsync(ct)).DormantAfterDays;
        var today = RegisterDates.Today(clock);
        var cutoff = today.AddDays(-after);
        var rows = (await ListClientBalancesHandler.Rows(db, db.Set<MatterClientBalance>().Where(b => b.BalanceMinor != 0 && b.LastMovementOn <= cutoff))
                .ToListAsync(ct))
            .Select(x => new DormantBalanceRow(x.MatterId, x.MatterReference, x.MatterTitle, x.ClientName, x.BankAccountId, x.BalanceMinor, x.LastMovementOn,
                today.DayNumber - x.LastMovementOn.DayNumber, Bucket(x.LastMovementOn, today)))
            .OrderBy(r => r.LastMovementOn).ThenBy(r => r.MatterReference, StringComparer.Ordinal).ToList();
        var buckets = BucketNames.Select(n => new DormantBucket(n, rows.Count(r => r.AgeBucket == n), rows.Where(r => r.AgeBucket == n).Sum(r => r.BalanceMinor))).ToList();
        return new(after, rows, buckets, rows.Sum(r => r.BalanceMinor));
    }

    public static string Bucket(DateOnly lastMovement, DateOnly today) =>
        lastMovement > today.AddYears(-1) ? BucketNames[0]
        : lastMovement > today.AddYears(-2) ? BucketNames[1]
        : lastMovement > today.AddYears(-6) ? BucketNames[2]
        : BucketNames[3];

    public static ReportTable Table(DormantBalancesDto d, IReadOnlyDictionary<Guid, string> accounts)
    {
        ReportColumn[] columns =
        [
            new("matterReference", "Matter", ReportColumnType.Text), new("matterTitle", "Title", ReportColumnType.Text),
            new("clientName", "Client", ReportColumnType.Text), new("bankAccount", "Bank account", ReportColumnType.Text),
            new("lastMovementOn", "Last movement", ReportColumnType.Date), new("ageBucket", "Age", ReportColumnType.Text),
            new("balanceMinor", "Balance", ReportColumnType.Money),
        ];
        var rows = d.Items.Select(r => (IReadOnlyList<object?>)[r.MatterReference, r.MatterTitle, r.ClientName, accounts.GetValueOrDefault(r.BankAccountId, ""),
            r.LastMovementOn, r.AgeBucket, r.BalanceMinor]).ToList();
        return new("dormant-balances", "Dormant client balances", columns, rows, ReportTable.Sum(columns, rows),
            new Dictionary<string, string> { ["dormantAfterDays"] = d.DormantAfterDays.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
