using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="AgeDays">Days since it was banked: the longer money sits unallocated, the louder the alert (AR 2.3).</param>
public sealed record SuspenseItem(Guid ReceiptId, Guid BankAccountId, string BankAccountName, long AmountMinor, DateOnly ReceivedOn, DateOnly BankedOn,
    string Payer, string? Reference, int AgeDays, string Currency = "GBP");

public sealed record SuspenseSummary(int Count, long TotalMinor, int OldestAgeDays, IReadOnlyList<SuspenseItem> Items);

/// <summary>Unallocated receipts, oldest first (the cashier dashboard shows them as an alert). Reversed receipts are not waiting.</summary>
public sealed class SuspenseQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<SuspenseSummary> ListAsync(Guid? bankAccountId, CancellationToken ct)
    {
        var today = RegisterDates.Today(clock);
        var rows = db.Set<ClientReceipt>().AsNoTracking().Where(r => r.MatterId == null
            && !db.Set<LedgerJournal>().Any(j => j.ReversesJournalId == r.JournalId));
        if (bankAccountId is { } id)
            rows = rows.Where(r => r.BankAccountId == id);
        var items = (await rows.Join(db.Set<BankAccount>(), r => r.BankAccountId, a => a.Id, (r, a) => new { r, a.Name })
                .OrderBy(x => x.r.BankedOn).ThenBy(x => x.r.Id).ToListAsync(ct))
            .Select(x => new SuspenseItem(x.r.Id, x.r.BankAccountId, x.Name, x.r.AmountMinor, x.r.ReceivedOn, x.r.BankedOn, x.r.Payer, x.r.Reference,
                today.DayNumber - x.r.BankedOn.DayNumber))
            .ToList();
        return new(items.Count, items.Sum(i => i.AmountMinor), items.Count == 0 ? 0 : items.Max(i => i.AgeDays), items);
    }
}
