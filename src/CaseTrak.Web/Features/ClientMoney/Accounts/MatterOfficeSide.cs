using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The office side of a matter's ledger, read from billing (issue 5): debit what the client owes, credit what reduces it.</summary>
internal static class MatterOfficeSide
{
    public static async Task<IReadOnlyList<LedgerLine>> LinesAsync(AppDbContext db, Guid matterId, CancellationToken ct)
    {
        var lines = new List<LedgerLine>();
        var bills = await db.Set<Invoice>().AsNoTracking().Where(i => i.MatterId == matterId && i.Status == InvoiceStatus.Final)
            .Select(i => new { i.Id, i.IssuedOn, i.FinalisedAt, i.CreatedAt, i.FinalisedByUserId, i.CreatedByUserId, i.Number, i.RequestNumber, i.Kind, i.TotalMinor })
            .ToListAsync(ct);
        lines.AddRange(bills.Select(b => new LedgerLine(b.IssuedOn ?? DateOnly.FromDateTime(b.FinalisedAt ?? b.CreatedAt), b.FinalisedAt ?? b.CreatedAt,
            b.FinalisedByUserId ?? b.CreatedByUserId, null, null, "bill", false,
            b.Kind == InvoiceKind.RequestForPayment ? "Request for payment" : "Bill of costs", b.Number ?? b.RequestNumber, b.TotalMinor, b.Id)));

        var credits = await db.Set<CreditNote>().AsNoTracking().Where(c => c.MatterId == matterId)
            .Select(c => new { c.Id, c.IssuedOn, c.CreatedAt, c.CreatedByUserId, c.Number, c.Reason, c.TotalMinor }).ToListAsync(ct);
        lines.AddRange(credits.Select(c => new LedgerLine(c.IssuedOn, c.CreatedAt, c.CreatedByUserId, null, null, "creditNote", false,
            $"Credit note: {c.Reason}", c.Number, -c.TotalMinor, c.Id)));

        var payments = await (from a in db.Set<PaymentAllocation>().AsNoTracking()
                              join p in db.Set<OfficePayment>() on a.PaymentId equals p.Id
                              join i in db.Set<Invoice>() on a.InvoiceId equals i.Id
                              where a.MatterId == matterId
                              select new { a.Id, p.ReceivedOn, a.AllocatedAt, a.AllocatedByUserId, p.Method, p.Reference, i.Number, i.RequestNumber, a.AmountMinor })
            .ToListAsync(ct);
        lines.AddRange(payments.Select(p =>
        {
            var fromClient = p.Method == PaymentMethod.ClientAccountTransfer;
            var bill = p.Number ?? p.RequestNumber;
            return new LedgerLine(p.ReceivedOn, p.AllocatedAt, p.AllocatedByUserId, null, null, fromClient ? "transferFromClient" : "payment", false,
                fromClient ? $"Transfer from client account for bill {bill}" : $"Payment received for bill {bill}", p.Reference ?? bill, -p.AmountMinor, p.Id);
        }));

        // Paid by the firm but not yet billed: the client owes it; once billed, the bill carries it.
        var paidFromClient = db.Set<ClientPayment>().Where(c => c.DisbursementId != null && c.Status == ClientPaymentStatus.Paid).Select(c => c.DisbursementId);
        var disbursements = await db.Set<Disbursement>().AsNoTracking()
            .Where(d => d.MatterId == matterId && d.Paid && (d.Status == WipStatus.Unbilled || d.Status == WipStatus.Draft) && !paidFromClient.Contains(d.Id))
            .Select(d => new { d.Id, d.PaidOn, d.Date, d.CreatedAt, d.RecordedByUserId, d.Description, d.SupplierReference, d.AmountMinor }).ToListAsync(ct);
        lines.AddRange(disbursements.Select(d => new LedgerLine(d.PaidOn ?? d.Date, d.CreatedAt, d.RecordedByUserId, null, null, "disbursement", false,
            $"Disbursement paid: {d.Description}", d.SupplierReference, d.AmountMinor, d.Id)));
        return lines;
    }
}
