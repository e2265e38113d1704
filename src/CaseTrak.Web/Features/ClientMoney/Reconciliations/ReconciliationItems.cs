using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="AmountMinor">How the item adjusts the statement (a bank charge of £5 on the statement: −500). For an item
/// explaining a statement line it may be left out: it is the opposite of the line.</param>
public sealed record AddReconciliationItemRequest(
    [property: Required(ErrorMessage = "Choose what kind of item this is.")] ReconciliationItemKind? Kind,
    [property: Required(ErrorMessage = "Explain the difference."), MaxLength(500)] string? Explanation,
    long? AmountMinor = null, Guid? StatementLineId = null);

/// <summary>
/// Explained differences a bookkeeper records by hand: a bank error, or another difference, each with its
/// explanation. Uncleared receipts and unpresented payments are not entered: the cash book shows them.
/// </summary>
public sealed class ReconciliationItemsHandler(AppDbContext db, GetReconciliationHandler get, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> AddAsync(Guid id, AddReconciliationItemRequest request, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "explain a difference");
        if (request.Kind is not { } kind || string.IsNullOrWhiteSpace(request.Explanation))
            throw new RequestValidationException("explanation", "Choose the kind of item and explain the difference.");
        if (kind is not (ReconciliationItemKind.BankError or ReconciliationItemKind.Other))
            throw new DomainRuleException("reconciliation.item_kind",
                "Uncleared receipts and unpresented payments come from the cash book; record a bank error or another difference.");
        var amount = request.AmountMinor;
        if (request.StatementLineId is { } lineId)
        {
            var line = await db.Set<StatementLine>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId && l.ReconciliationId == id, ct)
                ?? throw new NotFoundException(nameof(StatementLine));
            if (line.MatchedEntryId is not null)
                throw new DomainRuleException("reconciliation.line_matched", "This statement line is matched to the cash book; nothing is left to explain.");
            if (await db.Set<ReconciliationItem>().AnyAsync(i => i.StatementLineId == lineId, ct))
                throw new ConflictException("reconciliation.line_explained", "This statement line is already explained.");
            if (amount is { } given && given != -line.AmountMinor)
                throw new DomainRuleException("reconciliation.item_amount",
                    $"An item explaining this line adjusts the statement by {MoneyText.Pounds(-line.AmountMinor)}, the opposite of the line.");
            amount = -line.AmountMinor;
        }
        if (amount is not { } value || value == 0)
            throw new RequestValidationException("amountMinor", "Enter the amount by which the item adjusts the statement.");

        var item = new ReconciliationItem
        {
            ReconciliationId = id, Kind = kind, Explanation = request.Explanation.Trim(), AmountMinor = value,
            StatementLineId = request.StatementLineId, CreatedByUserId = me.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(item);
        reconciliation.Version++;
        audit.Record(AuditAction.ReconciliationItemAdded, nameof(Reconciliation), id,
            details: new { itemId = item.Id, kind, amountMinor = value, item.StatementLineId, item.Explanation });
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    public async Task RemoveAsync(Guid id, Guid itemId, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "remove an explained item");
        var item = await db.Set<ReconciliationItem>().SingleOrDefaultAsync(i => i.Id == itemId && i.ReconciliationId == id, ct)
            ?? throw new NotFoundException(nameof(ReconciliationItem));
        db.Remove(item);
        reconciliation.Version++;
        audit.Record(AuditAction.ReconciliationItemRemoved, nameof(Reconciliation), id,
            details: new { itemId, item.Kind, item.AmountMinor, item.Explanation });
        await db.SaveChangesAsync(ct);
    }
}
