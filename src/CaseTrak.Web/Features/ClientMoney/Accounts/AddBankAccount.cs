using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="Kind">"client" or "office".</param>
public sealed record AddBankAccountRequest(
    [property: Required(ErrorMessage = "Enter the account's name."), MaxLength(200)] string Name,
    [property: Required(ErrorMessage = "Choose client or office.")] string Kind,
    [property: Required(ErrorMessage = "Enter the sort code.")] string SortCode,
    [property: Required(ErrorMessage = "Enter the account number.")] string AccountNumber,
    [property: MaxLength(200)] string? BankName = null,
    DateOnly? OpenedOn = null);

/// <summary>
/// Adds a client or office bank account. UK bank details are checked and kept in one form; a client account's
/// name must carry the firm's name and the word "client" (AR 3.2), so the bank holds it as client money.
/// </summary>
public sealed class AddBankAccountHandler(AppDbContext db, CurrentUser me, BankAccountQueries queries, AuditLog audit, TimeProvider clock)
{
    public async Task<BankAccountDto> HandleAsync(AddBankAccountRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
            throw new RequestValidationException("name", "Enter the account's name.");
        var kind = ApiEnums.Parse<BankAccountKind>(request.Kind, "kind");
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "add a bank account");
        var sortCode = BankAccountRules.NormaliseSortCode(request.SortCode)
            ?? throw new DomainRuleException("bank_account.sort_code_invalid", "Enter the sort code as six digits, for example 12-34-56.");
        var accountNumber = BankAccountRules.NormaliseAccountNumber(request.AccountNumber)
            ?? throw new DomainRuleException("bank_account.account_number_invalid", "Enter the account number as eight digits, for example 12345678.");
        var name = request.Name.Trim();
        if (kind == BankAccountKind.Client)
        {
            var firmName = await db.Firms.AsNoTracking().Where(f => f.Id == db.CurrentFirmId).Select(f => f.Name).SingleAsync(ct);
            if (!BankAccountRules.IsValidClientAccountName(name, firmName))
                throw new DomainRuleException("bank_account.name_not_client",
                    $"A client account's name must include the firm's name ({firmName}) and the word \"client\" (SRA Accounts Rules 3.2), for example \"{firmName} Client Account\".");
        }
        var digits = sortCode.Replace("-", "", StringComparison.Ordinal);
        if (await db.Set<BankAccount>().AnyAsync(a => a.SortCode == digits && a.AccountNumber == accountNumber, ct))
            throw new ConflictException("bank_account.duplicate", $"The firm already has the account {sortCode} {accountNumber}.");

        var now = clock.GetUtcNow().UtcDateTime;
        var account = new BankAccount
        {
            Kind = kind, Name = name, BankName = string.IsNullOrWhiteSpace(request.BankName) ? null : request.BankName.Trim(),
            SortCode = digits, AccountNumber = accountNumber, OpenedOn = request.OpenedOn ?? RegisterDates.Today(clock),
            CreatedByUserId = me.Id, CreatedAt = now, Version = 1,
        };
        db.Add(account);
        audit.Record(AuditAction.BankAccountAdded, nameof(BankAccount), account.Id, details: new
        {
            account.Name, kind = ApiEnums.Name(kind), sortCode, accountNumber, account.OpenedOn,
        });
        await db.SaveChangesAsync(ct);
        return (await queries.FindAsync(account.Id, ct))!;
    }
}
