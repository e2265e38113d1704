using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record JournalLineDto(Guid Id, LedgerAccountKind Account, Guid BankAccountId, Guid? MatterId, string? MatterReference, long AmountMinor,
    long DebitMinor, long CreditMinor, string Description, Guid? InvoiceId);

public sealed record JournalDto(Guid Id, string Number, JournalKind Kind, DateOnly PostedOn, DateTime EnteredAt, Guid EnteredByUserId, string EnteredBy,
    string Description, string? Reference, Guid? ReversesJournalId, string? ReversalReason, Guid? ReversedByJournalId,
    IReadOnlyList<JournalLineDto> Lines, string Currency = "GBP");

/// <summary>One journal with its lines. A journal touching a matter the user is barred from is a 404, like the matter.</summary>
public sealed class GetJournalHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<JournalDto> HandleAsync(Guid id, CancellationToken ct)
    {
        var journal = await db.Set<LedgerJournal>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct)
            ?? throw await guard.NotFoundAsync<LedgerJournal>(id, ct);
        var lines = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.JournalId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var all = await db.IncludingBarredForTotals<LedgerEntry>().CountAsync(e => e.JournalId == id, ct);
        if (lines.Count != all)
            throw await guard.NotFoundAsync<LedgerJournal>(id, ct);
        var matterIds = lines.Where(l => l.MatterId is not null).Select(l => l.MatterId!.Value).Distinct().ToList();
        var references = await db.Set<Matter>().Where(m => matterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Reference, ct);
        var enteredBy = await db.Users.Where(u => u.Id == journal.EnteredByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "";
        var reversedBy = await db.Set<LedgerJournal>().Where(j => j.ReversesJournalId == id).Select(j => (Guid?)j.Id).SingleOrDefaultAsync(ct);
        return new(journal.Id, LedgerPoster.FormatNumber(journal.Number), journal.Kind, journal.PostedOn, journal.EnteredAt, journal.EnteredByUserId,
            enteredBy, journal.Description, journal.Reference, journal.ReversesJournalId, journal.ReversalReason, reversedBy,
            lines.Select(l => new JournalLineDto(l.Id, l.Account, l.BankAccountId, l.MatterId, l.MatterId is { } m ? references.GetValueOrDefault(m) : null,
                l.AmountMinor, Math.Max(l.AmountMinor, 0), Math.Max(-l.AmountMinor, 0), l.Description, l.InvoiceId)).ToList());
    }
}
