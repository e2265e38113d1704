using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record StartReconciliationRequest(
    [property: Required(ErrorMessage = "Choose the client account to reconcile.")] Guid? BankAccountId,
    [property: Required(ErrorMessage = "Enter the date of the bank statement.")] DateOnly? StatementDate,
    [property: Required(ErrorMessage = "Enter the closing balance on the bank statement.")] long? StatementBalanceMinor);

/// <summary>
/// Opens a reconciliation of a client account at a statement date: one per account and date, never in the future
/// and never before the last signed-off one (which would reopen a closed period).
/// </summary>
public sealed class StartReconciliationHandler(AppDbContext db, TenantGuard guard, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(StartReconciliationRequest request, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "start a reconciliation");
        if (request is not { BankAccountId: { } accountId, StatementDate: { } date, StatementBalanceMinor: { } balance })
            throw new RequestValidationException("statementDate", "Give the account, the statement date and the statement balance.");
        var account = await db.Set<BankAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct)
            ?? throw await guard.NotFoundAsync<BankAccount>(accountId, ct);
        if (account.Kind != BankAccountKind.Client)
            throw new DomainRuleException("reconciliation.not_client_account", "Only client accounts are reconciled three ways; choose a client account.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (date > DateOnly.FromDateTime(now))
            throw new RequestValidationException("statementDate", "The statement date cannot be in the future.");
        if (date < account.OpenedOn)
            throw new RequestValidationException("statementDate", $"The account was opened on {RegisterDates.Text(account.OpenedOn)}; the statement date cannot be before that.");
        var lastSigned = await db.Set<Reconciliation>().AsNoTracking()
            .Where(r => r.BankAccountId == accountId && r.Status == ReconciliationStatus.SignedOff).MaxAsync(r => (DateOnly?)r.StatementDate, ct);
        if (lastSigned is { } last && date < last)
            throw new DomainRuleException("reconciliation.before_last_signed_off",
                $"The account is already reconciled and signed off to {RegisterDates.Text(last)}; start from a later statement.");
        if (await db.Set<Reconciliation>().AnyAsync(r => r.BankAccountId == accountId && r.StatementDate == date, ct))
            throw Duplicate(date);

        var reconciliation = new Reconciliation
        {
            BankAccountId = accountId, StatementDate = date, StatementBalanceMinor = balance, Status = ReconciliationStatus.Open,
            CreatedByUserId = me.Id, CreatedAt = now,
        };
        db.Add(reconciliation);
        audit.Record(AuditAction.ReconciliationStarted, nameof(Reconciliation), reconciliation.Id,
            details: new { bankAccountId = accountId, statementDate = date, statementBalanceMinor = balance });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw Duplicate(date); // started by someone else a moment ago (unique account + date)
        }
        return reconciliation.Id;
    }

    private static ConflictException Duplicate(DateOnly date) =>
        new("reconciliation.exists", $"This account already has a reconciliation for the statement of {RegisterDates.Text(date)}.");
}
