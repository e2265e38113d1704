using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Signs a reconciliation off (AR 8.3): only a Partner, the owner or the COFA, and only when the adjusted statement,
/// the cash book and the client ledgers agree with every statement line matched or explained. The figures are then
/// frozen and nothing on the reconciliation changes again.
/// </summary>
public sealed class SignOffReconciliationHandler(AppDbContext db, GetReconciliationHandler get, ReconciliationBook book, CurrentUser me, AuditLog audit,
    TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int? version, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureApprover(await me.LoadAsync(ct), "sign off a reconciliation");
        if (version is { } v && v != reconciliation.Version)
            throw new PreconditionException(412, "This reconciliation was changed since you loaded it. Reload and check it again.");
        // The journal number is read before any figure: whatever is posted after it is told apart by its number.
        var journalsThrough = await book.LastJournalNumberAsync(ct);
        var figures = await get.ToDtoAsync(reconciliation, ct);
        if (!figures.Balanced)
            throw new DomainRuleException("reconciliation.unexplained_difference",
                "Explain every difference before signing off: " + string.Join(" ", figures.Differences));

        // Where the next reconciliation starts looking for timing items: nothing older than the oldest one left now.
        var floor = await book.FloorAsync(reconciliation.BankAccountId,
            await book.LastSettlementAsync(reconciliation.BankAccountId, reconciliation.StatementDate, ct), ct);
        var outstanding = await book.TimingAsync(reconciliation.BankAccountId, reconciliation.StatementDate, floor, ct);
        reconciliation.SettledBefore = outstanding.Earliest ?? reconciliation.StatementDate.AddDays(1);
        reconciliation.JournalsThrough = journalsThrough;
        reconciliation.CashBookMinor = figures.CashBookMinor;
        reconciliation.ClientLedgersMinor = figures.ClientLedgersMinor;
        reconciliation.SuspenseMinor = figures.SuspenseMinor;
        reconciliation.Status = ReconciliationStatus.SignedOff;
        reconciliation.SignedOffByUserId = me.Id;
        reconciliation.SignedOffAt = clock.GetUtcNow().UtcDateTime;
        reconciliation.Version++;
        audit.Record(AuditAction.ReconciliationSignedOff, nameof(Reconciliation), reconciliation.Id, details: new
        {
            reconciliation.BankAccountId, reconciliation.StatementDate, reconciliation.StatementBalanceMinor,
            figures.AdjustedStatementMinor, figures.CashBookMinor, figures.ClientLedgersMinor, figures.SuspenseMinor,
        });
        await db.SaveChangesAsync(ct);
    }
}
