using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record AllocateReceiptRequest(Guid MatterId);

/// <summary>
/// Moves a receipt out of suspense onto a matter's client ledger, through the same matter and due-diligence gates as
/// a new receipt. The receipt is claimed with a conditional update, so two allocations of it cannot both succeed.
/// </summary>
public sealed class AllocateReceiptHandler(AppDbContext db, TenantGuard guard, CurrentUser me, ReceiptChecks checks, LedgerPoster poster,
    ReceiptQueries queries, AuditLog audit, TimeProvider clock)
{
    public async Task<ReceiptDto> HandleAsync(Guid receiptId, AllocateReceiptRequest request, CancellationToken ct)
    {
        var receipt = await db.Set<ClientReceipt>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == receiptId, ct)
            ?? throw await guard.NotFoundAsync<ClientReceipt>(receiptId, ct);
        if (request.MatterId == Guid.Empty)
            throw new RequestValidationException("matterId", "Choose the matter the money is for.");
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "allocate a receipt");
        if (!receipt.InSuspense)
            throw new ConflictException("receipt.already_allocated", "This receipt is already allocated to a matter.");
        if (await checks.IsReversedAsync(receipt.JournalId, ct))
            throw new ConflictException("receipt.reversed", "This receipt was reversed: there is nothing to allocate.");
        var matter = await checks.LiveMatterAsync(request.MatterId, ct);
        var cddException = await checks.DueDiligenceAsync(matter, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = RegisterDates.Today(clock);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<ClientReceipt>().Where(r => r.Id == receiptId && r.MatterId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.MatterId, matter.Id).SetProperty(r => r.AllocatedAt, now), ct);
        if (claimed != 1)
            throw new ConflictException("receipt.already_allocated", "This receipt was allocated by someone else a moment ago.");
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.SuspenseAllocation, today < receipt.BankedOn ? receipt.BankedOn : today,
            $"Allocation of money received from {receipt.Payer}", receipt.Reference,
        [
            new(LedgerAccountKind.Suspense, receipt.BankAccountId, null, receipt.AmountMinor),
            new(LedgerAccountKind.ClientLedger, receipt.BankAccountId, matter.Id, -receipt.AmountMinor),
        ]), me.Id, ct);
        audit.Record(AuditAction.ReceiptAllocated, nameof(ClientReceipt), receipt.Id, details: new
        {
            matterId = matter.Id, receipt.AmountMinor, journal = LedgerPoster.FormatNumber(journal.Number), cddException,
        });
        await db.SaveChangesAsync(ct);
        await db.Set<ClientReceipt>().Where(r => r.Id == receiptId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AllocationJournalId, journal.Id), ct);
        await tx.CommitAsync(ct);
        return await queries.GetAsync(receiptId, ct, ReceiptChecks.Warnings(matter));
    }
}
