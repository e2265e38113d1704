using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record AutoMatchResult(int Matched, int UnmatchedLines);

/// <summary>
/// Pairs each unmatched statement line with an unclaimed cash-book entry of the same amount dated within the firm's
/// match window (and not after the statement), one to one: a shared reference wins, then the nearest date.
/// </summary>
public sealed class AutoMatchStatementHandler(AppDbContext db, GetReconciliationHandler get, ReconciliationBook book,
    ClientMoneySettingsReader settings, CurrentUser me, AuditLog audit)
{
    public async Task<AutoMatchResult> HandleAsync(Guid id, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "match statement lines");
        var result = await MatchAsync(reconciliation, ct);
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Matches what it can on a tracked, open reconciliation; the caller saves.</summary>
    internal async Task<AutoMatchResult> MatchAsync(Reconciliation reconciliation, CancellationToken ct)
    {
        var explained = db.Set<ReconciliationItem>().Where(i => i.StatementLineId != null).Select(i => i.StatementLineId);
        var lines = await db.Set<StatementLine>()
            .Where(l => l.ReconciliationId == reconciliation.Id && l.MatchedEntryId == null && !explained.Contains(l.Id))
            .OrderBy(l => l.Date).ThenBy(l => l.Id).ToListAsync(ct);
        if (lines.Count == 0)
            return new(0, 0);
        var window = (await settings.GetAsync(ct)).MatchWindowDays;
        var from = lines.Min(l => l.Date).AddDays(-window);
        var amounts = lines.Select(l => l.AmountMinor).Distinct().ToList();
        var candidates = await book.Unclaimed(reconciliation.BankAccountId, reconciliation.StatementDate)
            .Where(e => e.PostedOn >= from && amounts.Contains(e.AmountMinor))
            .Join(db.Set<LedgerJournal>(), e => e.JournalId, j => j.Id, (e, j) => new Candidate(e.Id, e.PostedOn, e.AmountMinor, e.EnteredAt, j.Reference, j.Number))
            .ToListAsync(ct);

        var used = new HashSet<Guid>();
        var matched = 0;
        foreach (var line in lines)
        {
            var best = candidates
                .Where(c => !used.Contains(c.Id) && c.AmountMinor == line.AmountMinor && Math.Abs(c.PostedOn.DayNumber - line.Date.DayNumber) <= window)
                .OrderByDescending(c => SharesReference(line, c))
                .ThenBy(c => Math.Abs(c.PostedOn.DayNumber - line.Date.DayNumber)).ThenBy(c => c.EnteredAt)
                .FirstOrDefault();
            if (best is null)
                continue;
            used.Add(best.Id);
            line.MatchedEntryId = best.Id;
            line.MatchKind = StatementMatchKind.Auto;
            line.MatchedByUserId = me.Id;
            matched++;
        }
        if (matched > 0)
        {
            reconciliation.Version++;
            audit.Record(AuditAction.StatementLineMatched, nameof(Reconciliation), reconciliation.Id, details: new { automatic = true, matched });
        }
        return new(matched, lines.Count - matched);
    }

    private static bool SharesReference(StatementLine line, Candidate c)
    {
        var references = new[] { c.Reference, LedgerPoster.FormatNumber(c.Number) }.Where(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length >= 3);
        return references.Any(r => Contains(line.Reference, r!) || Contains(line.Description, r!));
    }

    private static bool Contains(string? text, string reference) =>
        text is not null && text.Contains(reference.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed record Candidate(Guid Id, DateOnly PostedOn, long AmountMinor, DateTime EnteredAt, string? Reference, long Number);
}
