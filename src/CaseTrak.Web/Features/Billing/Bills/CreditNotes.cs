using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record CreditNoteLineDto(Guid InvoiceLineId, string Description, long NetMinor, int VatRateBp, long VatMinor);

public sealed record CreditNoteDto(
    Guid Id, string Number, Guid InvoiceId, string? InvoiceNumber, Guid MatterId, string MatterReference, Guid ClientId, string ClientName,
    DateOnly IssuedOn, string Reason, IReadOnlyList<CreditNoteLineDto> Lines, long NetMinor, long VatMinor, long TotalMinor, string Currency,
    DateTime CreatedAt);

/// <summary>Reads credit notes: one with its lines, or a list (newest first) for a bill, a matter or the firm.</summary>
public sealed class CreditNotesHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<CreditNoteDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await Query(db.Set<CreditNote>().Where(c => c.Id == id)).ToListAsync(ct);
        if (rows.Count == 0)
            throw await guard.NotFoundAsync<CreditNote>(id, ct);
        var lines = await db.Set<CreditNoteLine>().AsNoTracking().Where(l => l.CreditNoteId == id)
            .Join(db.Set<InvoiceLine>(), c => c.InvoiceLineId, l => l.Id, (c, l) => new { c, l.Position })
            .OrderBy(x => x.Position)
            .Select(x => new CreditNoteLineDto(x.c.InvoiceLineId, x.c.Description, x.c.NetMinor, x.c.VatRateBp, x.c.VatMinor)).ToListAsync(ct);
        return rows[0] with { Lines = lines };
    }

    public async Task<Page<CreditNoteDto>> ListAsync(Guid? invoiceId, Guid? matterId, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Paging.Clamp(limit);
        var q = db.Set<CreditNote>().AsQueryable();
        if (invoiceId is { } i)
            q = q.Where(c => c.InvoiceId == i);
        if (matterId is { } m)
            q = q.Where(c => c.MatterId == m);
        if (KeysetCursor.TryParse(cursor, out DateTime at, out Guid after))
            q = q.Where(c => c.CreatedAt < at || (c.CreatedAt == at && c.Id.CompareTo(after) < 0));
        var rows = await Query(q.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(take + 1)).ToListAsync(ct);
        return Paging.From(rows, take, r => KeysetCursor.Format(r.CreatedAt, r.Id));
    }

    private IQueryable<CreditNoteDto> Query(IQueryable<CreditNote> notes) => notes.AsNoTracking()
        .Join(db.Set<Invoice>(), c => c.InvoiceId, i => i.Id, (c, i) => new { c, i.Number, i.ClientId })
        .Join(db.Set<Matter>(), x => x.c.MatterId, m => m.Id, (x, m) => new { x.c, x.Number, x.ClientId, m.Reference })
        .Select(x => new CreditNoteDto(x.c.Id, x.c.Number, x.c.InvoiceId, x.Number, x.c.MatterId, x.Reference, x.ClientId,
            db.Set<Contact>().Where(k => k.Id == x.ClientId).Select(k => k.DisplayName).FirstOrDefault() ?? "",
            x.c.IssuedOn, x.c.Reason, new List<CreditNoteLineDto>(), x.c.NetMinor, x.c.VatMinor, x.c.TotalMinor, "GBP", x.c.CreatedAt));
}
