using CaseTrak.Web.Features.Billing;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Only what may change on a bank account: its name, its bank's name, and the day it closed. Left-out fields stay.</summary>
public sealed record UpdateBankAccountRequest([property: MaxLength(200)] string? Name = null, [property: MaxLength(200)] string? BankName = null,
    DateOnly? ClosedOn = null);

/// <summary>
/// Renames or closes a bank account. A client account keeps its AR 3.2 name, and one still holding money (for
/// matters or in suspense) cannot close.
/// </summary>
public sealed class UpdateBankAccountHandler(AppDbContext db, TenantGuard guard, CurrentUser me, BankAccountQueries queries, AuditLog audit)
{
    public async Task<BankAccountDto> HandleAsync(Guid id, int? version, UpdateBankAccountRequest request, CancellationToken ct)
    {
        var account = await db.Set<BankAccount>().SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw await guard.NotFoundAsync<BankAccount>(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "change a bank account");
        if (version is { } v && v != account.Version)
            throw new PreconditionException(412, "This bank account was changed since you loaded it. Reload and try again.");
        if (request.Name is not null)
        {
            var name = request.Name.Trim();
            if (name.Length == 0)
                throw new RequestValidationException("name", "Enter the account's name.");
            if (account.Kind == BankAccountKind.Client)
            {
                var firmName = await db.Firms.AsNoTracking().Where(f => f.Id == db.CurrentFirmId).Select(f => f.Name).SingleAsync(ct);
                if (!BankAccountRules.IsValidClientAccountName(name, firmName))
                    throw new DomainRuleException("bank_account.name_not_client",
                        $"A client account's name must include the firm's name ({firmName}) and the word \"client\" (SRA Accounts Rules 3.2).");
            }
            account.Name = name;
        }
        if (request.BankName is not null)
            account.BankName = BillingText.Blank(request.BankName);
        if (request.ClosedOn is { } closedOn)
        {
            if (closedOn < account.OpenedOn)
                throw new RequestValidationException("closedOn", "The account cannot close before it opened.");
            var held = (await queries.FindAsync(id, ct))!;
            if (held.BalanceMinor != 0 || held.SuspenseMinor != 0)
                throw new DomainRuleException("bank_account.not_empty", "The account still holds money; pay it out or move it before closing the account.");
            account.ClosedOn = closedOn;
        }
        account.Version++;
        audit.Record(AuditAction.BankAccountUpdated, nameof(BankAccount), account.Id, details: new { account.Name, account.BankName, account.ClosedOn });
        await db.SaveChangesAsync(ct);
        return (await queries.FindAsync(id, ct))!;
    }
}
