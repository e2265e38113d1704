using CaseTrak.Web.Features.Billing;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Either `invoiceId` (client → office for that bill) or `toMatterId` (client → client, with `authority`).</summary>
public sealed record MakeTransferRequest(
    Guid FromMatterId,
    Guid? ToMatterId,
    Guid? InvoiceId,
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount greater than £0.00.")] long AmountMinor,
    Guid? BankAccountId = null,
    DateOnly? PostedOn = null,
    [property: MaxLength(1000)] string? Authority = null,
    [property: MaxLength(500)] string? Reason = null);

/// <summary>
/// Moves client money for costs to office against a delivered bill (AR 4.3, see <see cref="OfficeTransfers"/>), or
/// from one matter's client ledger to another's with the authority recorded (AR 5.3). Cashiers, Partners and
/// administrators only. Without a named account, the one client account holding the matter's money is used.
/// </summary>
public sealed class MakeTransferHandler(AppDbContext db, CurrentUser me, TenantGuard guard, OfficeTransfers office,
    LedgerPoster poster, ClientTransfersQuery transfers, AuditLog audit, TimeProvider clock)
{
    public async Task<ClientTransferDto> HandleAsync(MakeTransferRequest request, CancellationToken ct)
    {
        if (request.AmountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount greater than £0.00.");
        if ((request.InvoiceId is null) == (request.ToMatterId is null))
            throw new RequestValidationException("invoiceId", "Name either the bill to transfer to office against or the matter to transfer to, not both.");
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureBookkeeper(user, "transfer client money");
        if (!await db.Set<Matter>().AnyAsync(m => m.Id == request.FromMatterId, ct))
            throw await guard.NotFoundAsync<Matter>(request.FromMatterId, ct);
        var accountId = await AccountAsync(request, ct);
        var postedOn = request.PostedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        ClientTransfer transfer;
        if (request.InvoiceId is { } invoiceId)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            transfer = await office.TransferToOfficeAsync(request.FromMatterId, accountId, invoiceId, request.AmountMinor, postedOn, request.Reason, user.Id, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        else
            transfer = await BetweenClientsAsync(request, request.ToMatterId!.Value, accountId, postedOn, user.Id, ct);
        return await transfers.GetAsync(transfer.Id, ct);
    }

    private async Task<ClientTransfer> BetweenClientsAsync(MakeTransferRequest request, Guid toMatterId, Guid accountId, DateOnly postedOn, Guid userId,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Authority))
            throw new DomainRuleException("transfer.authority_required",
                "Record the authority for moving one client's money to another matter: who gave it, when and how (SRA Accounts Rules 5.3).");
        if (toMatterId == request.FromMatterId)
            throw new RequestValidationException("toMatterId", "Choose a different matter to transfer to.");
        var to = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == toMatterId).Select(m => m.Reference).SingleOrDefaultAsync(ct)
            ?? throw await guard.NotFoundAsync<Matter>(toMatterId, ct);
        var from = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == request.FromMatterId).Select(m => m.Reference).SingleAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.TransferBetweenClients, postedOn, $"Transfer from {from} to {to}", null,
        [
            new(LedgerAccountKind.ClientLedger, accountId, request.FromMatterId, request.AmountMinor, $"Transfer to {to}"),
            new(LedgerAccountKind.ClientLedger, accountId, toMatterId, -request.AmountMinor, $"Transfer from {from}"),
        ]), userId, ct);
        var transfer = new ClientTransfer
        {
            Kind = ClientTransferKind.BetweenClients, MatterId = request.FromMatterId, ToMatterId = toMatterId, BankAccountId = accountId,
            AmountMinor = request.AmountMinor, PostedOn = postedOn, Authority = request.Authority.Trim(), Reason = BillingText.Blank(request.Reason),
            JournalId = journal.Id, TransferredByUserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(transfer);
        audit.Record(AuditAction.TransferPosted, "ClientTransfer", transfer.Id, details: new
        {
            kind = "betweenClients", fromMatterId = request.FromMatterId, toMatterId, request.AmountMinor, authority = transfer.Authority,
            journal = LedgerPoster.FormatNumber(journal.Number),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return transfer;
    }

    private async Task<Guid> AccountAsync(MakeTransferRequest request, CancellationToken ct)
    {
        if (request.BankAccountId is { } named)
            return (await RequestPaymentHandler.EnsureClientAccountAsync(db, guard, named, ct)).Id;
        var holding = await db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == request.FromMatterId && b.BalanceMinor > 0)
            .Select(b => b.BankAccountId).ToListAsync(ct);
        return holding.Count switch
        {
            1 => holding[0],
            0 => throw new DomainRuleException("client_money.insufficient_funds", "This matter holds no client money to transfer (SRA Accounts Rules 5.3)."),
            _ => throw new RequestValidationException("bankAccountId", "This matter holds client money in more than one account: choose the account to transfer from."),
        };
    }
}
