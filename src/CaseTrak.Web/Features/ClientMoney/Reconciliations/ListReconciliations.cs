using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ReconciliationList(IReadOnlyList<ReconciliationRow> Items, string? NextCursor);

/// <summary>Reconciliations, newest statement first, optionally for one account.</summary>
public sealed class ListReconciliationsHandler(AppDbContext db, CurrentUser me)
{
    public async Task<ReconciliationList> HandleAsync(Guid? bankAccountId, int? limit, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureReader(await me.LoadAsync(ct), "see reconciliations");
        var take = Math.Clamp(limit ?? 50, 1, 200);
        var query = db.Set<Reconciliation>().AsNoTracking();
        if (bankAccountId is { } account)
            query = query.Where(r => r.BankAccountId == account);
        var rows = await query.OrderByDescending(r => r.StatementDate).ThenBy(r => r.Id).Take(take)
            .Join(db.Set<BankAccount>(), r => r.BankAccountId, a => a.Id, (r, a) => new ReconciliationRow(
                r.Id, r.BankAccountId, a.Name, r.StatementDate, r.StatementBalanceMinor, r.Status, r.SignedOffByUserId, r.SignedOffAt))
            .ToListAsync(ct);
        return new(rows.OrderByDescending(r => r.StatementDate).ThenBy(r => r.Id).ToList(), null);
    }
}
