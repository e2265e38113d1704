using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Records a breach (AR 8.3) for each client account not reconciled within five weeks: one per lapse, keyed by
/// the account and the day it fell due, so asking again — or twice at once — records nothing more.
/// </summary>
public sealed class ReconciliationCadenceMonitor(AppDbContext db, ReconciliationStatusQuery status, AuditLog audit, TimeProvider clock)
{
    public const string Rule = "AR 8.3";

    /// <returns>How many breaches were recorded now.</returns>
    public async Task<int> RecordOverdueAsync(DateOnly today, CancellationToken ct)
    {
        var overdue = (await status.ForAccountsAsync(today, ct)).Where(s => s.Cadence == ReconciliationCadence.Breach).ToList();
        if (overdue.Count == 0)
            return 0;
        var keys = overdue.Select(SourceKey).ToList();
        var known = await db.IncludingBarredForTotals<AccountsBreach>().AsNoTracking()
            .Where(b => b.SourceKey != null && keys.Contains(b.SourceKey)).Select(b => b.SourceKey!).ToListAsync(ct);
        var recorded = 0;
        foreach (var account in overdue.Where(a => !known.Contains(SourceKey(a))))
        {
            var breach = new AccountsBreach
            {
                Rule = Rule, BankAccountId = account.BankAccountId, SourceKey = SourceKey(account),
                Description = $"{account.Name} was not reconciled within five weeks: last reconciled to " +
                    $"{(account.LastReconciledTo is { } last ? RegisterDates.Text(last) : "never (opened " + RegisterDates.Text(account.CountedFrom) + ")")}, " +
                    $"due by {RegisterDates.Text(account.DueBy)}.",
                OccurredOn = account.DueBy.AddDays(1), DiscoveredOn = today, RecordedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(breach);
            audit.Record(AuditAction.BreachRecorded, nameof(AccountsBreach), breach.Id, details: new { breach.Rule, account.BankAccountId, dueBy = account.DueBy });
            try
            {
                await db.SaveChangesAsync(ct);
                recorded++;
            }
            catch (DbUpdateException)
            {
                // Someone recorded the same lapse a moment ago (unique SourceKey): it is on the register once.
                db.ChangeTracker.Clear();
            }
        }
        return recorded;
    }

    public static string SourceKey(AccountReconciliationStatus s) =>
        $"reconciliation-overdue:{s.BankAccountId}:{RegisterDates.Iso(s.DueBy)}";
}
