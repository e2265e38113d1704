using Microsoft.EntityFrameworkCore;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Where one client account stands on the five-week cadence (AR 8.3).</summary>
/// <param name="CountedFrom">The statement date of the last signed-off reconciliation, or the day the account opened.</param>
/// <param name="DueBy">The last day a reconciliation is in time (<see cref="ReconciliationRules.BreachAfterDays"/> after <paramref name="CountedFrom"/>).</param>
public sealed record AccountReconciliationStatus(Guid BankAccountId, string Name, DateOnly? LastReconciledTo, DateOnly CountedFrom,
    int DaysSince, DateOnly DueBy, ReconciliationCadence Cadence);

/// <summary>Every open client account with the date it was last reconciled to and its cadence on a given day.</summary>
public sealed class ReconciliationStatusQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<AccountReconciliationStatus>> ForAccountsAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await db.Set<BankAccount>().AsNoTracking()
            .Where(a => a.Kind == BankAccountKind.Client && (a.ClosedOn == null || a.ClosedOn > today))
            .OrderBy(a => a.Name)
            .Select(a => new
            {
                a.Id, a.Name, a.OpenedOn,
                Last = db.Set<Reconciliation>().Where(r => r.BankAccountId == a.Id && r.Status == ReconciliationStatus.SignedOff)
                    .Max(r => (DateOnly?)r.StatementDate),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var from = r.Last ?? r.OpenedOn;
            return new AccountReconciliationStatus(r.Id, r.Name, r.Last, from, today.DayNumber - from.DayNumber,
                from.AddDays(ReconciliationRules.BreachAfterDays), ReconciliationRules.Cadence(r.Last, r.OpenedOn, today));
        }).ToList();
    }
}
