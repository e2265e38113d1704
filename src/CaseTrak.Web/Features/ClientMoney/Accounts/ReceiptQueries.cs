using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ListReceiptsQuery(Guid? MatterId = null, Guid? BankAccountId = null, bool? InSuspense = null, int? Limit = null, string? Cursor = null);

/// <summary>Receipts, newest banking day first; a barred matter's receipts are not there at all.</summary>
public sealed class ReceiptQueries(AppDbContext db, TenantGuard guard, ClientBalances balances)
{
    public async Task<Page<ReceiptDto>> ListAsync(ListReceiptsQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var rows = db.Set<ClientReceipt>().AsNoTracking();
        if (query.MatterId is { } matterId)
            rows = rows.Where(r => r.MatterId == matterId);
        if (query.BankAccountId is { } accountId)
            rows = rows.Where(r => r.BankAccountId == accountId);
        if (query.InSuspense is { } suspense)
            rows = suspense ? rows.Where(r => r.MatterId == null) : rows.Where(r => r.MatterId != null);
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly on, out var id))
            rows = rows.Where(r => r.BankedOn < on || (r.BankedOn == on && r.Id.CompareTo(id) < 0));
        var list = await Project(rows.OrderByDescending(r => r.BankedOn).ThenByDescending(r => r.Id).Take(limit + 1), ct);
        return Paging.From(list, limit, r => KeysetCursor.Format(r.BankedOn, r.Id));
    }

    public async Task<ReceiptDto> GetAsync(Guid id, CancellationToken ct, IReadOnlyList<string>? warnings = null)
    {
        var dto = (await Project(db.Set<ClientReceipt>().AsNoTracking().Where(r => r.Id == id), ct)).SingleOrDefault()
            ?? throw await guard.NotFoundAsync<ClientReceipt>(id, ct);
        return dto with
        {
            ClientBalanceMinor = dto.MatterId is { } m ? await balances.ForMatterAsync(m, null, ct) : null,
            Warnings = warnings ?? [],
        };
    }

    /// <summary>The answer for a receipt just recorded in this request, from the rows it wrote.</summary>
    public async Task<ReceiptDto> RecordedAsync(ClientReceipt r, string accountName, string? matterReference, long journalNumber,
        IReadOnlyList<string> warnings, CancellationToken ct) =>
        new(r.Id, r.MatterId, matterReference, r.BankAccountId, accountName, r.AmountMinor, r.OfficeAmountMinor, r.InvoiceId, r.ReceivedOn, r.BankedOn,
            r.Payer, r.Method, r.Reference, r.CddException, r.JournalId, LedgerPoster.FormatNumber(journalNumber), r.AllocationJournalId, r.TransferId,
            r.MatterId is null, Reversed: false, r.ReceivedByUserId, r.CreatedAt, r.AllocatedAt,
            r.MatterId is { } m ? await balances.ForMatterAsync(m, null, ct) : null, warnings);

    private async Task<List<ReceiptDto>> Project(IQueryable<ClientReceipt> receipts, CancellationToken ct) =>
        (await (from r in receipts
        join a in db.Set<BankAccount>() on r.BankAccountId equals a.Id
        join j in db.Set<LedgerJournal>() on r.JournalId equals j.Id
        select new { Number = j.Number, Dto = new ReceiptDto(r.Id, r.MatterId, db.Set<Matter>().Where(m => m.Id == r.MatterId).Select(m => m.Reference).FirstOrDefault(),
            r.BankAccountId, a.Name, r.AmountMinor, r.OfficeAmountMinor, r.InvoiceId, r.ReceivedOn, r.BankedOn, r.Payer, r.Method, r.Reference,
            r.CddException, r.JournalId, "", r.AllocationJournalId, r.TransferId, r.MatterId == null,
            db.Set<LedgerJournal>().Any(x => x.ReversesJournalId == r.JournalId), r.ReceivedByUserId, r.CreatedAt, r.AllocatedAt, null,
            Array.Empty<string>(), "GBP") }).ToListAsync(ct))
        .Select(x => x.Dto with { JournalNumber = LedgerPoster.FormatNumber(x.Number) }).ToList();
}
