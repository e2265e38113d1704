using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record RequestPaymentRequest(
    Guid MatterId,
    Guid BankAccountId,
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount greater than £0.00.")] long AmountMinor,
    [property: Required(ErrorMessage = "Enter who is to be paid."), MaxLength(200)] string? Payee,
    [property: Required(ErrorMessage = "Enter what the payment is for."), MaxLength(500)] string? Purpose,
    [property: Required(ErrorMessage = "Enter the client's instruction behind the payment: who gave it, when and how."), MaxLength(1000)] string? Instruction,
    string? PayeeSortCode = null,
    string? PayeeAccountNumber = null,
    [property: MaxLength(100)] string? PayeeReference = null,
    Guid? DisbursementId = null,
    DateOnly? PayOn = null);

/// <summary>
/// Asks for a payment out of client account (AR 5.1–5.2): purpose and the client's instruction are required. The
/// balance is checked now as a courtesy; the binding check is at posting, under the poster's lock. Whether a second
/// approver is needed is fixed now from the firm's threshold.
/// </summary>
public sealed class RequestPaymentHandler(AppDbContext db, CurrentUser me, TenantGuard guard, ClientBalances balances,
    ClientMoneySettingsReader settings, ClientPaymentsQuery payments, AuditLog audit, TimeProvider clock)
{
    public async Task<ClientPaymentDto> HandleAsync(RequestPaymentRequest request, CancellationToken ct)
    {
        if (request.AmountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount greater than £0.00.");
        foreach (var (field, value, message) in new[]
                 {
                     ("payee", request.Payee, "Enter who is to be paid."), ("purpose", request.Purpose, "Enter what the payment is for."),
                     ("instruction", request.Instruction, "Enter the client's instruction behind the payment: who gave it, when and how."),
                 })
            if (string.IsNullOrWhiteSpace(value))
                throw new RequestValidationException(field, message);
        var sortCode = Optional(request.PayeeSortCode, BankAccountRules.NormaliseSortCode, "payeeSortCode", "Enter a sort code of six digits, like 20-00-00.");
        var accountNumber = Optional(request.PayeeAccountNumber, BankAccountRules.NormaliseAccountNumber, "payeeAccountNumber", "Enter an account number of eight digits.");
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureRequester(user);
        if (!await db.Set<Matter>().AnyAsync(m => m.Id == request.MatterId, ct))
            throw await guard.NotFoundAsync<Matter>(request.MatterId, ct);
        await EnsureClientAccountAsync(db, guard, request.BankAccountId, ct);
        if (request.DisbursementId is { } d)
        {
            var disbursement = await db.Set<Disbursement>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == d, ct)
                ?? throw await guard.NotFoundAsync<Disbursement>(d, ct);
            if (disbursement.MatterId != request.MatterId)
                throw new DomainRuleException("payment.disbursement_wrong_matter", "That disbursement is on another matter.");
            if (disbursement.Paid)
                throw new DomainRuleException("payment.disbursement_paid", "That disbursement is already paid.");
        }
        var held = await balances.ForMatterAsync(request.MatterId, request.BankAccountId, ct);
        if (request.AmountMinor > held)
            throw new DomainRuleException("client_money.insufficient_funds",
                $"The matter holds {MoneyText.Pounds(held)} of client money in this account; a payment of {MoneyText.Pounds(request.AmountMinor)} would take it below zero (SRA Accounts Rules 5.3).");

        var threshold = (await settings.GetAsync(ct)).SecondApprovalAboveMinor;
        var payment = new ClientPayment
        {
            MatterId = request.MatterId, BankAccountId = request.BankAccountId, AmountMinor = request.AmountMinor, Payee = request.Payee!.Trim(),
            PayeeSortCode = sortCode, PayeeAccountNumber = accountNumber, PayeeReference = BillingText.Blank(request.PayeeReference),
            Purpose = request.Purpose!.Trim(), Instruction = request.Instruction!.Trim(), DisbursementId = request.DisbursementId, PayOn = request.PayOn,
            Status = ClientPaymentStatus.Requested, NeedsSecondApproval = request.AmountMinor > threshold, RequestedByUserId = user.Id,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(payment);
        audit.Record(AuditAction.PaymentRequested, "ClientPayment", payment.Id, details: new
        {
            payment.MatterId, payment.BankAccountId, payment.AmountMinor, payment.Payee, payment.Purpose, payment.NeedsSecondApproval,
        });
        await db.SaveChangesAsync(ct);
        return await payments.GetAsync(payment.Id, ct);
    }

    /// <summary>An open client account of the firm: 404 when unknown, 422 when an office or closed account.</summary>
    internal static async Task<BankAccount> EnsureClientAccountAsync(AppDbContext db, TenantGuard guard, Guid bankAccountId, CancellationToken ct)
    {
        var account = await db.Set<BankAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == bankAccountId, ct)
            ?? throw await guard.NotFoundAsync<BankAccount>(bankAccountId, ct);
        if (account.Kind != BankAccountKind.Client)
            throw new DomainRuleException("client_money.not_client_account", $"{account.Name} is an office account, not a client account.");
        if (account.ClosedOn is not null)
            throw new DomainRuleException("client_money.account_closed", $"{account.Name} is closed.");
        return account;
    }

    private static string? Optional(string? text, Func<string?, string?> normalise, string field, string message) =>
        string.IsNullOrWhiteSpace(text) ? null : normalise(text) ?? throw new RequestValidationException(field, message);
}
