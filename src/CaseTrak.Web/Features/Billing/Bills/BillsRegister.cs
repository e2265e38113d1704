using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// One row of the bills register (SRA Accounts Rules 8.4): a final or void bill, or a credit note. `Type` is
/// "invoice", "requestForPayment" or "creditNote"; `RelatedNumber` is the VAT invoice number a paid request
/// received, or the bill a credit note corrects.
/// </summary>
public sealed record BillsRegisterRow(
    string Type, Guid Id, string Number, string? RelatedNumber, DateOnly Date, Guid ClientId, string ClientName, Guid MatterId, string MatterReference,
    long NetMinor, long VatMinor, long TotalMinor, long PaidMinor, long OutstandingMinor, string Status, string Currency);

/// <summary>Every final and void bill and every credit note issued in the period, in number order.</summary>
public sealed class BillsRegisterHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<BillsRegisterRow>> HandleAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
            throw new RequestValidationException("to", "The end of the period is before its start.");
        var bills = db.Set<Invoice>().AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft);
        var notes = db.Set<CreditNote>().AsNoTracking();
        if (from is { } start)
        {
            bills = bills.Where(i => i.IssuedOn >= start);
            notes = notes.Where(n => n.IssuedOn >= start);
        }
        if (to is { } end)
        {
            bills = bills.Where(i => i.IssuedOn <= end);
            notes = notes.Where(n => n.IssuedOn <= end);
        }
        var billRows = await bills.Select(i => new
        {
            i,
            Reference = db.Set<Matter>().Where(m => m.Id == i.MatterId).Select(m => m.Reference).FirstOrDefault(),
            Client = db.Set<Contact>().Where(c => c.Id == i.ClientId).Select(c => c.DisplayName).FirstOrDefault(),
        }).ToListAsync(ct);
        var noteRows = await notes.Join(db.Set<Invoice>(), n => n.InvoiceId, i => i.Id, (n, i) => new { n, i.Number, i.ClientId })
            .Select(x => new
            {
                x.n, x.Number, x.ClientId,
                Reference = db.Set<Matter>().Where(m => m.Id == x.n.MatterId).Select(m => m.Reference).FirstOrDefault(),
                Client = db.Set<Contact>().Where(c => c.Id == x.ClientId).Select(c => c.DisplayName).FirstOrDefault(),
            }).ToListAsync(ct);

        var rows = billRows.Select(r => new BillsRegisterRow(
                r.i.Kind == InvoiceKind.Invoice ? "invoice" : "requestForPayment", r.i.Id, r.i.RequestNumber ?? r.i.Number ?? "",
                r.i.RequestNumber is null ? null : r.i.Number, r.i.IssuedOn ?? default, r.i.ClientId, r.Client ?? "", r.i.MatterId, r.Reference ?? "",
                r.i.NetMinor, r.i.VatMinor, r.i.TotalMinor, r.i.PaidMinor, r.i.OutstandingMinor,
                r.i.Status == InvoiceStatus.Void ? "void" : r.i.OutstandingMinor <= 0 ? "paid" : r.i.PaidMinor > 0 ? "partPaid" : "unpaid", r.i.Currency))
            .Concat(noteRows.Select(r => new BillsRegisterRow(
                "creditNote", r.n.Id, r.n.Number, r.Number, r.n.IssuedOn, r.ClientId, r.Client ?? "", r.n.MatterId, r.Reference ?? "",
                -r.n.NetMinor, -r.n.VatMinor, -r.n.TotalMinor, 0, 0, "issued", "GBP")));
        // Each sequence has its own prefix and six zero-padded digits, so ordinal order is number order.
        return rows.OrderBy(r => r.Type == "creditNote" ? 2 : r.Type == "requestForPayment" ? 1 : 0).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
    }
}
