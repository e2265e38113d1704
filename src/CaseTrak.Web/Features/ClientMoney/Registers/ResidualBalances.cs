using CaseTrak.Web.Features.Billing;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record RecordResidualBalanceRequest(
    Guid MatterId, Guid BankAccountId,
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount greater than £0.00.")] long AmountMinor,
    [property: Required(ErrorMessage = "Enter the name of the client the money belongs to."), MaxLength(200)] string? OwnerName,
    [property: MaxLength(4000)] string? TracingSteps,
    [property: MaxLength(200)] string? CharityName = null,
    [property: MaxLength(20)] string? CharityNumber = null,
    [property: MaxLength(50)] string? SraAuthorityReference = null,
    DateOnly? PaidOn = null);

public sealed record ResidualBalanceDto(Guid Id, Guid MatterId, string MatterReference, Guid BankAccountId, long AmountMinor, string OwnerName,
    string TracingSteps, string? CharityName, string? CharityNumber, string? SraAuthorityReference, DateOnly PaidOn, Guid? PaymentId,
    ClientPaymentStatus? PaymentStatus, DateTime RecordedAt, string Currency = "GBP");

/// <summary>
/// The residual balances register: a balance whose owner cannot be traced, paid away — up to £500 to charity after
/// recorded tracing steps, above that only with the SRA's authority. Recording it raises the payment request (with
/// the tracing and authority as its instruction), which then goes through the normal approval.
/// </summary>
public sealed class ResidualBalancesHandler(AppDbContext db, CurrentUser me, RequestPaymentHandler payments, ClientBalances balances,
    AuditLog audit, TimeProvider clock)
{
    public const string Purpose = "Residual client balance paid to charity";

    public async Task<IReadOnlyList<ResidualBalanceDto>> ListAsync(CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the residual balances register");
        var rows = await (from r in db.Set<ResidualBalance>().AsNoTracking()
                          join m in db.Set<Matter>() on r.MatterId equals m.Id
                          join p in db.Set<ClientPayment>() on r.PaymentId equals p.Id into ps
                          from p in ps.DefaultIfEmpty()
                          select new { r, m.Reference, Status = p == null ? (ClientPaymentStatus?)null : p.Status }).ToListAsync(ct);
        return [.. rows.Select(x => Dto(x.r, x.Reference, x.Status)).OrderByDescending(r => r.PaidOn).ThenByDescending(r => r.RecordedAt)];
    }

    public async Task<ResidualBalanceDto> RecordAsync(RecordResidualBalanceRequest r, CancellationToken ct)
    {
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureApprover(user, "record a residual balance");
        var matter = await db.Set<Matter>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == r.MatterId, ct) ?? throw new NotFoundException("Matter");
        if (!await db.Set<BankAccount>().AnyAsync(a => a.Id == r.BankAccountId, ct))
            throw new NotFoundException("Bank account");
        var steps = BillingText.Blank(r.TracingSteps);
        var authority = BillingText.Blank(r.SraAuthorityReference);
        var (charity, number) = (BillingText.Blank(r.CharityName), BillingText.Blank(r.CharityNumber));
        if (ResidualBalanceRules.Check(r.AmountMinor, steps is not null, authority) is { } broken)
            throw new DomainRuleException(broken.Code, broken.Message);
        if (authority is null && (charity is null || number is null))
            throw new DomainRuleException("client_money.charity_required", "Enter the charity's name and registered number.");
        var held = await balances.ForMatterAsync(r.MatterId, r.BankAccountId, ct);
        if (r.AmountMinor > held)
            throw new DomainRuleException("client_money.insufficient_funds",
                $"The matter holds {MoneyText.Pounds(held)} of client money in this account; {MoneyText.Pounds(r.AmountMinor)} cannot be paid away.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var instruction = $"Tracing steps: {steps}" + (authority is null ? "" : $" SRA authority: {authority}.");
        var payment = await payments.HandleAsync(new RequestPaymentRequest(r.MatterId, r.BankAccountId, r.AmountMinor,
            charity ?? $"As authorised by the SRA ({authority})", Purpose, instruction.Length > 1000 ? instruction[..1000] : instruction,
            PayeeReference: number is null ? null : $"Charity {number}"), ct);
        var residual = new ResidualBalance
        {
            MatterId = r.MatterId, BankAccountId = r.BankAccountId, AmountMinor = r.AmountMinor, OwnerName = r.OwnerName!.Trim(), TracingSteps = steps!,
            CharityName = charity, CharityNumber = number, SraAuthorityReference = authority, PaidOn = r.PaidOn ?? RegisterDates.Today(clock),
            PaymentId = payment.Id, RecordedByUserId = user.Id, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(residual);
        audit.Record(AuditAction.ResidualBalanceRecorded, "ResidualBalance", residual.Id,
            details: new { residual.MatterId, residual.AmountMinor, residual.CharityNumber, residual.SraAuthorityReference, paymentId = payment.Id });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Dto(residual, matter.Reference, payment.Status);
    }


    private static ResidualBalanceDto Dto(ResidualBalance r, string reference, ClientPaymentStatus? status) => new(r.Id, r.MatterId, reference,
        r.BankAccountId, r.AmountMinor, r.OwnerName, r.TracingSteps, r.CharityName, r.CharityNumber, r.SraAuthorityReference, r.PaidOn, r.PaymentId,
        status, r.RecordedAt);
}
