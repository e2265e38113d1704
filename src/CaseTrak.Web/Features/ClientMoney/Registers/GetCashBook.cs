using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record CashBookEntry(DateOnly PostedOn, DateTime EnteredAt, string JournalNumber, string Description, string? Reference,
    string? MatterReference, long MoneyInMinor, long MoneyOutMinor, long BalanceMinor);

public sealed record CashBookDto(Guid BankAccountId, string BankAccountName, DateOnly From, DateOnly To, long OpeningBalanceMinor,
    IReadOnlyList<CashBookEntry> Entries, long ClosingBalanceMinor, string Currency = "GBP");

/// <summary>
/// AR 8.1: the client cash book of one bank account — the bank side of every journal posted to it, in posting order,
/// with a running balance from the balance brought forward. The matter is named only where the reader may see it.
/// </summary>
public sealed class GetCashBookHandler(AppDbContext db, CurrentUser me, RestrictedJournals restricted, TimeProvider clock)
{
    public async Task<CashBookDto> HandleAsync(Guid bankAccountId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "read the client cash book");
        var account = await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == bankAccountId, ct)
            ?? throw new NotFoundException("Bank account");
        var (start, end) = RegisterDates.Period(from, to, RegisterDates.Today(clock));
        var bank = db.Set<LedgerEntry>().Where(e => e.BankAccountId == bankAccountId && e.Account == LedgerAccountKind.ClientBank);
        var opening = await bank.Where(e => e.PostedOn < start).SumAsync(e => (long?)e.AmountMinor, ct) ?? 0;
        var lines = await (from e in bank.Where(e => e.PostedOn >= start && e.PostedOn <= end)
                           join j in db.Set<LedgerJournal>() on e.JournalId equals j.Id
                           select new { e.JournalId, e.PostedOn, e.EnteredAt, j.Number, e.Description, j.Reference, e.AmountMinor })
            .AsNoTracking().ToListAsync(ct);
        lines = [.. lines.OrderBy(l => l.PostedOn).ThenBy(l => l.Number)];
        var journalIds = lines.Select(l => l.JournalId).Distinct().ToList();
        var matters = (await (from e in db.Set<LedgerEntry>().Where(e => journalIds.Contains(e.JournalId) && e.MatterId != null)
                              join m in db.Set<Matter>() on e.MatterId equals m.Id
                              select new { e.JournalId, m.Reference }).AsNoTracking().ToListAsync(ct))
            .GroupBy(x => x.JournalId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Reference).Distinct().Order(StringComparer.Ordinal)));
        var hidden = await restricted.AmongAsync(journalIds, ct);
        var balance = opening;
        var entries = new List<CashBookEntry>(lines.Count);
        foreach (var l in lines)
        {
            balance += l.AmountMinor;
            var barred = hidden.Contains(l.JournalId);
            entries.Add(new(l.PostedOn, l.EnteredAt, LedgerPoster.FormatNumber(l.Number), barred ? RestrictedJournals.Placeholder : l.Description,
                barred ? null : l.Reference, matters.GetValueOrDefault(l.JournalId), Math.Max(l.AmountMinor, 0), Math.Max(-l.AmountMinor, 0), balance));
        }
        return new(account.Id, account.Name, start, end, opening, entries, balance);
    }

    public static ReportTable Table(CashBookDto d)
    {
        ReportColumn[] columns =
        [
            new("postedOn", "Date", ReportColumnType.Date), new("journalNumber", "Journal", ReportColumnType.Text),
            new("description", "Description", ReportColumnType.Text), new("reference", "Reference", ReportColumnType.Text),
            new("matterReference", "Matter", ReportColumnType.Text), new("moneyInMinor", "Money in", ReportColumnType.Money),
            new("moneyOutMinor", "Money out", ReportColumnType.Money), new("balanceMinor", "Balance", ReportColumnType.Money),
        ];
        var rows = new List<IReadOnlyList<object?>> { new object?[] { d.From, null, "Balance brought forward", null, null, null, null, d.OpeningBalanceMinor } };
        rows.AddRange(d.Entries.Select(e => (IReadOnlyList<object?>)[e.PostedOn, e.JournalNumber, e.Description, e.Reference, e.MatterReference,
            e.MoneyInMinor, e.MoneyOutMinor, e.BalanceMinor]));
        return new("cash-book", $"Cash book {d.BankAccountName}", columns, rows,
            ["Closing balance", null, null, null, null, d.Entries.Sum(e => e.MoneyInMinor), d.Entries.Sum(e => e.MoneyOutMinor), d.ClosingBalanceMinor],
            new Dictionary<string, string> { ["bankAccountId"] = d.BankAccountId.ToString(), ["from"] = RegisterDates.Iso(d.From), ["to"] = RegisterDates.Iso(d.To) });
    }
}
