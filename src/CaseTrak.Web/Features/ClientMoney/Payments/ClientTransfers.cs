using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ClientTransferDto(
    Guid Id, ClientTransferKind Kind, Guid FromMatterId, string FromMatterReference, Guid? ToMatterId, string? ToMatterReference,
    Guid BankAccountId, string BankAccountName, Guid? InvoiceId, string? InvoiceNumber, long AmountMinor, string Currency, DateOnly PostedOn,
    string? Authority, string? Reason, Guid JournalId, string JournalNumber, Guid TransferredByUserId, string TransferredByName, DateTime CreatedAt);

/// <summary>Reads transfers through the tenant and barrier filters; a barred destination matter's reference is never shown.</summary>
public sealed class ClientTransfersQuery(AppDbContext db, TenantGuard guard)
{
    public async Task<ClientTransferDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await ToDtosAsync(db.Set<ClientTransfer>().Where(t => t.Id == id), ct);
        return rows.Count == 1 ? rows[0] : throw await guard.NotFoundAsync<ClientTransfer>(id, ct);
    }

    /// <param name="matterId">Transfers out of or into this matter.</param>
    public async Task<Page<ClientTransferDto>> ListAsync(Guid? matterId, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Paging.Clamp(limit);
        var q = db.Set<ClientTransfer>().AsQueryable();
        if (matterId is { } m)
            q = q.Where(t => t.MatterId == m || t.ToMatterId == m);
        if (KeysetCursor.TryParse(cursor, out DateTime at, out Guid after))
            q = q.Where(t => t.CreatedAt < at || (t.CreatedAt == at && t.Id.CompareTo(after) < 0));
        var rows = await ToDtosAsync(q.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(take + 1), ct);
        return Paging.From(rows, take, r => KeysetCursor.Format(r.CreatedAt, r.Id));
    }

    private async Task<List<ClientTransferDto>> ToDtosAsync(IQueryable<ClientTransfer> transfers, CancellationToken ct)
    {
        var rows = await transfers.AsNoTracking().Select(t => new
        {
            t,
            From = db.Set<Matter>().Where(m => m.Id == t.MatterId).Select(m => m.Reference).FirstOrDefault(),
            To = db.Set<Matter>().Where(m => m.Id == t.ToMatterId).Select(m => m.Reference).FirstOrDefault(),
            Account = db.Set<BankAccount>().Where(a => a.Id == t.BankAccountId).Select(a => a.Name).FirstOrDefault(),
            Bill = db.Set<Invoice>().Where(i => i.Id == t.InvoiceId).Select(i => i.Number ?? i.RequestNumber).FirstOrDefault(),
            Journal = db.Set<LedgerJournal>().Where(j => j.Id == t.JournalId).Select(j => j.Number).FirstOrDefault(),
            By = db.Set<AppUser>().Where(u => u.Id == t.TransferredByUserId).Select(u => u.DisplayName).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.Select(r => new ClientTransferDto(r.t.Id, r.t.Kind, r.t.MatterId, r.From ?? "", r.t.ToMatterId, r.To, r.t.BankAccountId, r.Account ?? "",
            r.t.InvoiceId, r.Bill, r.t.AmountMinor, "GBP", r.t.PostedOn, r.t.Authority, r.t.Reason, r.t.JournalId, LedgerPoster.FormatNumber(r.Journal),
            r.t.TransferredByUserId, r.By ?? "", r.t.CreatedAt)).ToList();
    }
}
