using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Two reconciliations of the client account: one signed off by the partner for the statement three weeks ago (the
/// statement equals the cash book, every line matched since the account opened, figures frozen), and one open for a statement three days ago
/// with its last few lines still to match.
/// </summary>
internal sealed class ClientMoneyDemoReconciliations(AppDbContext db, DemoFirm firm, Guid account, DateOnly today)
{
    public async Task AddAsync(CancellationToken ct)
    {
        var signedOn = today.AddDays(-21);
        var openOn = today.AddDays(-3);
        // Firm-wide figures include every matter, barred or not (the tenant filter stays).
        var entries = await db.IncludingBarredForTotals<LedgerEntry>().AsNoTracking()
            .Where(e => e.BankAccountId == account && e.PostedOn <= openOn)
            .Select(e => new { e.Id, e.Account, e.AmountMinor, e.PostedOn, e.Description, e.JournalId })
            .ToListAsync(ct);
        long Sum(LedgerAccountKind kind, DateOnly on) => entries.Where(e => e.Account == kind && e.PostedOn <= on).Sum(e => e.AmountMinor);
        var bank = entries.Where(e => e.Account == LedgerAccountKind.ClientBank).OrderBy(e => e.PostedOn).ThenBy(e => e.Id).ToList();

        var signed = new Reconciliation
        {
            BankAccountId = account, StatementDate = signedOn, StatementBalanceMinor = Sum(LedgerAccountKind.ClientBank, signedOn),
            Status = ReconciliationStatus.SignedOff, CashBookMinor = Sum(LedgerAccountKind.ClientBank, signedOn),
            ClientLedgersMinor = -Sum(LedgerAccountKind.ClientLedger, signedOn), SuspenseMinor = -Sum(LedgerAccountKind.Suspense, signedOn),
            Notes = "Statement agreed to the cash book and the client ledgers; no differences.",
            CreatedByUserId = firm.Users["cashier"].Id, CreatedAt = ClientMoneyDemoBooks.At(signedOn.AddDays(1), 10),
            SignedOffByUserId = firm.Users["partner"].Id, SignedOffAt = ClientMoneyDemoBooks.At(signedOn.AddDays(2), 16), Version = 2,
            // Every line of the signed-off statement is matched below, and its figures count every journal posted so far.
            SettledBefore = signedOn.AddDays(1),
            JournalsThrough = await db.Set<LedgerJournal>().AsNoTracking().MaxAsync(j => (long?)j.Number, ct) ?? 0,
        };
        var open = new Reconciliation
        {
            BankAccountId = account, StatementDate = openOn, StatementBalanceMinor = Sum(LedgerAccountKind.ClientBank, openOn),
            Status = ReconciliationStatus.Open, CreatedByUserId = firm.Users["cashier"].Id, CreatedAt = ClientMoneyDemoBooks.At(today, 9), Version = 1,
        };
        if (signed.CashBookMinor != signed.ClientLedgersMinor + signed.SuspenseMinor)
            throw new InvalidOperationException("The demo's cash book does not agree with its client ledgers.");
        db.AddRange(signed, open);

        // Every cash-book entry has been on a statement (an entry counts as presented once a line up to the date is matched to it).
        var month = bank.Where(e => e.PostedOn <= signedOn).ToList();
        var since = bank.Where(e => e.PostedOn > signedOn).ToList();
        var n = 0;
        foreach (var (recon, lines) in new[] { (signed, month), (open, since) })
            for (var i = 0; i < lines.Count; i++)
            {
                var e = lines[i];
                var matched = recon == signed || i < lines.Count - 3;
                db.Add(new StatementLine
                {
                    ReconciliationId = recon.Id, BankAccountId = account, Date = e.PostedOn, AmountMinor = e.AmountMinor,
                    Description = e.AmountMinor > 0 ? $"BGC {Short(e.Description)}" : $"FPO {Short(e.Description)}",
                    Reference = $"{e.PostedOn:yyMMdd}{++n:D4}", ExternalId = $"demo-{e.Id:N}",
                    MatchedEntryId = matched ? e.Id : null, MatchKind = matched ? StatementMatchKind.Auto : StatementMatchKind.None,
                });
            }
    }

    private static string Short(string text) => (text.Length > 30 ? text[..30] : text).ToUpperInvariant();
}
