using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Loads one bill through the tenant and barrier filters (a missing, foreign or barred id is the same 404) and
/// answers it with its lines, credits and VAT summary. Every bill route starts here.
/// </summary>
public sealed class GetBillHandler(AppDbContext db, TenantGuard guard, TimeProvider clock)
{
    public async Task<Invoice> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Set<Invoice>() : db.Set<Invoice>().AsNoTracking();
        return await query.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw await guard.NotFoundAsync<Invoice>(id, ct);
    }

    public async Task<BillDto> HandleAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadAsync(id, ct), ct);

    public async Task<BillDto> ToDtoAsync(Invoice i, CancellationToken ct)
    {
        var lines = await db.Set<InvoiceLine>().AsNoTracking().Where(l => l.InvoiceId == i.Id).OrderBy(l => l.Position).ToListAsync(ct);
        var credits = await db.Set<CreditNoteLine>().AsNoTracking()
            .Where(c => db.Set<CreditNote>().Any(n => n.Id == c.CreditNoteId && n.InvoiceId == i.Id))
            .GroupBy(c => c.InvoiceLineId).Select(g => new { g.Key, Net = g.Sum(c => c.NetMinor) }).ToDictionaryAsync(g => g.Key, g => g.Net, ct);
        var matter = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == i.MatterId).Select(m => new { m.Reference, m.Title }).SingleAsync(ct);
        var client = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == i.ClientId).Select(c => c.DisplayName).SingleOrDefaultAsync(ct);
        var covered = await db.Set<TimeEntry>().AsNoTracking()
            .Where(t => t.InvoiceId == i.Id && !db.Set<InvoiceLine>().Any(l => l.InvoiceId == i.Id && l.TimeEntryId == t.Id))
            .Select(t => new { t.Minutes, t.ValueMinor }).ToListAsync(ct);
        var vat = lines.GroupBy(l => l.VatRateBp).OrderByDescending(g => g.Key)
            .Select(g => new VatSummaryDto(g.Key, g.Sum(l => l.NetMinor), g.Sum(l => l.VatMinor))).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new(
            i.Id, i.Status, i.Kind, i.MatterId, matter.Reference, matter.Title, i.ClientId, client ?? "", i.Number, i.RequestNumber,
            i.IssuedOn, i.TaxPointOn, i.DueOn, i.DeliveredOn, i.DeliveryMethod,
            BillDates.AssessmentDeadline(i.DeliveredOn), BillDates.CanSueFrom(i.DeliveredOn), i.Narrative,
            i.SupplierName, i.SupplierAddress, i.SupplierVatNumber, i.SupplierSraNumber, i.RegulatoryStatement, i.CustomerName, i.CustomerAddress,
            lines.Select(l => BillLineDto.From(l, credits.GetValueOrDefault(l.Id))).ToList(), vat,
            covered.Count == 0 ? null : new CoveredTimeDto(covered.Count, covered.Sum(c => c.Minutes), covered.Sum(c => c.ValueMinor)),
            i.NetMinor, i.VatMinor, i.TotalMinor, i.PaidMinor, i.CreditedMinor, i.OutstandingMinor, BillDates.Overdue(i, today), i.Currency,
            i.VoidReason, i.CreatedAt, i.FinalisedAt, i.VoidedAt, i.Version);
    }
}
