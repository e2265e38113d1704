using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record MatchStatementLineRequest(
    [property: Required(ErrorMessage = "Choose the statement line.")] Guid? StatementLineId,
    [property: Required(ErrorMessage = "Choose the cash-book entry.")] Guid? LedgerEntryId);

/// <summary>
/// Matches a statement line to a cash-book entry by hand (same account, same amount, on or before the statement
/// date, not matched elsewhere), or undoes a match.
/// </summary>
public sealed class MatchStatementLineHandler(AppDbContext db, GetReconciliationHandler get, CurrentUser me, AuditLog audit)
{
    public async Task MatchAsync(Guid id, MatchStatementLineRequest request, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "match statement lines");
        if (request is not { StatementLineId: { } lineId, LedgerEntryId: { } entryId })
            throw new RequestValidationException("statementLineId", "Choose a statement line and a cash-book entry.");
        var line = await LineAsync(id, lineId, ct);
        if (line.MatchedEntryId is not null)
            throw new ConflictException("reconciliation.line_matched", "This statement line is already matched. Undo that match first.");
        if (await db.Set<ReconciliationItem>().AnyAsync(i => i.StatementLineId == lineId, ct))
            throw new DomainRuleException("reconciliation.line_explained", "This statement line is explained by an item. Remove the item first.");
        var entry = await db.Set<LedgerEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == entryId && e.BankAccountId == reconciliation.BankAccountId && e.Account == LedgerAccountKind.ClientBank, ct)
            ?? throw new NotFoundException("Cash-book entry");
        if (entry.PostedOn > reconciliation.StatementDate)
            throw new DomainRuleException("reconciliation.entry_after_statement",
                $"That cash-book entry is dated after the statement ({RegisterDates.Text(entry.PostedOn)}).");
        if (entry.AmountMinor != line.AmountMinor)
            throw new DomainRuleException("reconciliation.amount_mismatch",
                $"The statement line is {MoneyText.Pounds(line.AmountMinor)} but the cash-book entry is {MoneyText.Pounds(entry.AmountMinor)}; only equal amounts match.");
        if (await db.Set<StatementLine>().AnyAsync(l => l.MatchedEntryId == entryId, ct))
            throw new ConflictException("reconciliation.entry_matched", "That cash-book entry is already matched to another statement line.");

        line.MatchedEntryId = entryId;
        line.MatchKind = StatementMatchKind.Manual;
        line.MatchedByUserId = me.Id;
        reconciliation.Version++;
        audit.Record(AuditAction.StatementLineMatched, nameof(Reconciliation), id, details: new { statementLineId = lineId, ledgerEntryId = entryId, manual = true });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("reconciliation.entry_matched", "That cash-book entry was matched to another statement line a moment ago.");
        }
    }

    public async Task UnmatchAsync(Guid id, Guid lineId, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "undo a match");
        var line = await LineAsync(id, lineId, ct);
        if (line.MatchedEntryId is not { } entryId)
            throw new ConflictException("reconciliation.line_not_matched", "This statement line is not matched.");
        line.MatchedEntryId = null;
        line.MatchKind = StatementMatchKind.None;
        line.MatchedByUserId = null;
        reconciliation.Version++;
        audit.Record(AuditAction.StatementLineUnmatched, nameof(Reconciliation), id, details: new { statementLineId = lineId, ledgerEntryId = entryId });
        await db.SaveChangesAsync(ct);
    }

    private async Task<StatementLine> LineAsync(Guid id, Guid lineId, CancellationToken ct) =>
        await db.Set<StatementLine>().SingleOrDefaultAsync(l => l.Id == lineId && l.ReconciliationId == id, ct)
            ?? throw new NotFoundException(nameof(StatementLine));
}
