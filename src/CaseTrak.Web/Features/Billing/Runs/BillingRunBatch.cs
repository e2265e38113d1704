using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Drafts the bills of one batch of matters in one transaction (the caller's, when it has one), in a fixed number
/// of statements whatever the batch holds: the bills inserted, the time and disbursements claimed (status draft,
/// bill id, version + 1, exactly as <see cref="BillWork.Move(TimeEntry, WipStatus, Guid?)"/> does), the lines
/// made from the claimed work (<see cref="BillingRunLines"/>), the totals summed from the lines, and one
/// BillDrafted audit event per bill.
/// </summary>
internal sealed class BillingRunBatch(AppDbContext db, AuditLog audit, Guid userId, Guid runId, int vatRateBp, BillingRunScope scope)
{
    public async Task<IReadOnlyList<DraftedBill>> DraftAsync(IReadOnlyList<RunCandidate> matters, DateTime now, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var bills = matters.Select(m => new Invoice
            {
                MatterId = m.MatterId, ClientId = m.ClientId, Kind = InvoiceKind.Invoice, Status = InvoiceStatus.Draft,
                CreatedByUserId = userId, CreatedAt = now,
            }).ToList();
            db.AddRange(bills);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            var billIds = bills.Select(b => b.Id).ToList();
            var batch = db.Set<Invoice>().Where(i => billIds.Contains(i.Id));

            await BillingRunLines.ClaimAsync(db, billIds, scope, ct);
            await BillingRunLines.InsertAsync(db, billIds, vatRateBp, ct);

            var lines = db.Set<InvoiceLine>();
            await batch.ExecuteUpdateAsync(s => s
                .SetProperty(i => i.NetMinor, i => lines.Where(l => l.InvoiceId == i.Id).Sum(l => l.NetMinor))
                .SetProperty(i => i.VatMinor, i => lines.Where(l => l.InvoiceId == i.Id).Sum(l => l.VatMinor))
                .SetProperty(i => i.TotalMinor, i => lines.Where(l => l.InvoiceId == i.Id).Sum(l => l.NetMinor + l.VatMinor)), ct);
            var drafted = await batch.AsNoTracking().Select(i => new DraftedBill(i.Id, i.MatterId,
                    lines.Count(l => l.InvoiceId == i.Id),
                    lines.Count(l => l.InvoiceId == i.Id && l.TimeEntryId != null),
                    lines.Count(l => l.InvoiceId == i.Id && l.DisbursementId != null),
                    i.NetMinor, i.VatMinor, i.TotalMinor))
                .ToListAsync(ct);

            // Work taken by someone else between choosing the matters and claiming it leaves a bill with nothing on it.
            var empty = drafted.Where(d => d.Lines == 0).Select(d => d.InvoiceId).ToList();
            if (empty.Count > 0)
                await db.Set<Invoice>().Where(i => empty.Contains(i.Id)).ExecuteDeleteAsync(ct);
            drafted = drafted.Where(d => d.Lines > 0).ToList();
            foreach (var d in drafted)
                audit.Record(AuditAction.BillDrafted, "Invoice", d.InvoiceId, details: new
                {
                    matterId = d.MatterId, kind = ApiEnums.Name(InvoiceKind.Invoice), timeEntries = d.TimeEntries, disbursements = d.Disbursements,
                    feeStages = 0, d.NetMinor, d.VatMinor, d.TotalMinor, runId,
                });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (own is not null)
                await own.CommitAsync(ct);
            return drafted;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }
}
