using CaseTrak.Web.Platform.Access;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ReverseJournalRequest([property: Required(ErrorMessage = "Say why the entry is being reversed."), MaxLength(500)] string Reason);

/// <summary>
/// The only correction the ledger allows (AR 8.1): a new journal with every line negated, naming the one it reverses
/// and why. At most one reversal per journal (also a unique index); the poster refuses one that would overdraw a
/// ledger whose money has since gone. Reversing an allocation puts the receipt back in suspense.
/// </summary>
public sealed class ReverseJournalHandler(AppDbContext db, CurrentUser me, GetJournalHandler get, LedgerPoster poster, AuditLog audit, TimeProvider clock)
{
    public async Task<JournalDto> HandleAsync(Guid id, ReverseJournalRequest request, CancellationToken ct)
    {
        var original = await get.HandleAsync(id, ct);
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Say why the entry is being reversed.");
        ClientMoneyAccess.EnsureApprover(await me.LoadAsync(ct), "reverse a ledger entry");
        if (original.Kind == JournalKind.Reversal)
            throw new DomainRuleException("journal.is_reversal", $"{original.Number} is itself a reversal: post a new entry instead.");
        if (original.ReversedByJournalId is not null)
            throw new ConflictException("journal.already_reversed", $"{original.Number} has already been reversed.");
        var reason = request.Reason.Trim();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.Reversal, RegisterDates.Today(clock), $"Reversal of {original.Number}: {reason}",
            original.Number, original.Lines.Select(l => new PostingLine(l.Account, l.BankAccountId, l.MatterId, -l.AmountMinor,
                $"Reversal of {original.Number}", l.InvoiceId)).ToList(), id, reason), me.Id, ct);
        audit.Record(AuditAction.JournalReversed, nameof(LedgerJournal), id, details: new
        {
            original = original.Number, reversal = LedgerPoster.FormatNumber(journal.Number), reason,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("journal.already_reversed", $"{original.Number} was reversed by someone else a moment ago.");
        }
        if (original.Kind == JournalKind.SuspenseAllocation)
            await db.IncludingBarredForTotals<ClientReceipt>().Where(r => r.AllocationJournalId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.MatterId, (Guid?)null).SetProperty(r => r.AllocationJournalId, (Guid?)null)
                    .SetProperty(r => r.AllocatedAt, (DateTime?)null), ct);
        await tx.CommitAsync(ct);
        return await get.HandleAsync(journal.Id, ct);
    }
}
