using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="BankAccountId">The client bank account the money is held in (every line names one).</param>
/// <param name="MatterId">Required on client- and office-ledger lines; null on bank and suspense lines.</param>
public sealed record PostingLine(LedgerAccountKind Account, Guid BankAccountId, Guid? MatterId, long AmountMinor,
    string? Description = null, Guid? InvoiceId = null);

public sealed record JournalDraft(JournalKind Kind, DateOnly PostedOn, string Description, string? Reference,
    IReadOnlyList<PostingLine> Lines, Guid? ReversesJournalId = null, string? ReversalReason = null);

/// <summary>
/// The only way money moves in the ledger. Inside the caller's transaction it checks double entry, then moves
/// each touched balance with a conditional UPDATE ("only if it stays ≥ 0"): on PostgreSQL the row lock makes a
/// concurrent withdrawal wait and re-check against the committed balance; SQLite has one writer. So no client
/// ledger or suspense ever goes below zero, even under parallel approvals (AR 5.3). Balances are touched in a
/// fixed order (matter, account), before the journal number and the audit chain, so postings cannot deadlock.
/// The caller adds its own records and audit event, then saves and commits.
/// </summary>
public sealed class LedgerPoster(AppDbContext db, FirmCounters counters, TimeProvider clock)
{
    public const string JournalCounter = "ledger-journal";

    public async Task<LedgerJournal> PostAsync(JournalDraft draft, Guid userId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Post a journal inside the transaction that records why.");
        var shape = LedgerRules.CheckShape(draft.Lines.Select(ToRuleLine).ToList());
        if (shape.Count > 0)
            throw new DomainRuleException(shape[0].Code, shape[0].Message);
        if (draft.Lines.Any(l => (l.Account is LedgerAccountKind.ClientLedger or LedgerAccountKind.OfficeLedger) != (l.MatterId is not null)))
            throw new InvalidOperationException("Ledger lines name a matter; bank and suspense lines do not.");

        var day = draft.PostedOn;
        foreach (var move in draft.Lines.Where(l => l.Account == LedgerAccountKind.ClientLedger)
                     .GroupBy(l => (MatterId: l.MatterId!.Value, l.BankAccountId))
                     .Select(g => (g.Key.MatterId, g.Key.BankAccountId, Delta: -g.Sum(l => l.AmountMinor)))
                     .Where(m => m.Delta != 0).OrderBy(m => m.MatterId).ThenBy(m => m.BankAccountId))
            await MoveClientBalanceAsync(move.MatterId, move.BankAccountId, move.Delta, day, ct);
        foreach (var move in draft.Lines.Where(l => l.Account == LedgerAccountKind.Suspense)
                     .GroupBy(l => l.BankAccountId).Select(g => (BankAccountId: g.Key, Delta: -g.Sum(l => l.AmountMinor)))
                     .Where(m => m.Delta != 0).OrderBy(m => m.BankAccountId))
            await MoveSuspenseAsync(move.BankAccountId, move.Delta, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var journal = new LedgerJournal
        {
            Number = await counters.NextLockingAuditChainAsync(JournalCounter, ct), Kind = draft.Kind, PostedOn = day, EnteredAt = now,
            EnteredByUserId = userId, Description = draft.Description, Reference = draft.Reference,
            ReversesJournalId = draft.ReversesJournalId, ReversalReason = draft.ReversalReason,
        };
        db.Add(journal);
        db.AddRange(draft.Lines.Select(l => new LedgerEntry
        {
            JournalId = journal.Id, Account = l.Account, BankAccountId = l.BankAccountId, MatterId = l.MatterId,
            AmountMinor = l.AmountMinor, PostedOn = day, EnteredAt = now, Description = l.Description ?? draft.Description,
            InvoiceId = l.InvoiceId,
        }));
        return journal;
    }

    /// <summary>"J-000123".</summary>
    public static string FormatNumber(long number) => $"J-{number:D6}";

    private static JournalLine ToRuleLine(PostingLine l) =>
        new(new LedgerAccount(l.Account, l.MatterId ?? l.BankAccountId), l.AmountMinor);

    private async Task MoveClientBalanceAsync(Guid matterId, Guid bankAccountId, long delta, DateOnly day, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var moved = delta > 0
            ? await db.Database.ExecuteSqlAsync($"""
                INSERT INTO matter_client_balances (firm_id, id, matter_id, bank_account_id, balance_minor, last_movement_on)
                VALUES ({firmId}, {Guid.CreateVersion7()}, {matterId}, {bankAccountId}, {delta}, {day})
                ON CONFLICT (firm_id, matter_id, bank_account_id) DO UPDATE
                SET balance_minor = matter_client_balances.balance_minor + {delta},
                    last_movement_on = CASE WHEN matter_client_balances.last_movement_on < {day} THEN {day} ELSE matter_client_balances.last_movement_on END
                """, ct)
            : await db.Database.ExecuteSqlAsync($"""
                UPDATE matter_client_balances
                SET balance_minor = balance_minor + {delta},
                    last_movement_on = CASE WHEN last_movement_on < {day} THEN {day} ELSE last_movement_on END
                WHERE firm_id = {firmId} AND matter_id = {matterId} AND bank_account_id = {bankAccountId} AND balance_minor + {delta} >= 0
                """, ct);
        if (moved == 1)
            return;
        var held = await db.Set<MatterClientBalance>().AsNoTracking()
            .Where(b => b.MatterId == matterId && b.BankAccountId == bankAccountId).Select(b => b.BalanceMinor).FirstOrDefaultAsync(ct);
        throw new DomainRuleException("client_money.insufficient_funds",
            $"The matter holds {MoneyText.Pounds(held)} of client money in this account; {MoneyText.Pounds(-delta)} would take it below zero (SRA Accounts Rules 5.3).");
    }

    private async Task MoveSuspenseAsync(Guid bankAccountId, long delta, CancellationToken ct)
    {
        var firmId = db.CurrentFirmId;
        var moved = await db.Database.ExecuteSqlAsync($"""
            UPDATE bank_accounts SET suspense_minor = suspense_minor + {delta}
            WHERE firm_id = {firmId} AND id = {bankAccountId} AND suspense_minor + {delta} >= 0
            """, ct);
        if (moved != 1)
            throw new DomainRuleException("client_money.insufficient_suspense",
                $"Suspense on this account does not hold {MoneyText.Pounds(-delta)} to allocate.");
    }
}
