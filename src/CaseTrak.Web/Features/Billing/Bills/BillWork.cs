using System.Globalization;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// What the bill slices share: the firm's billing settings (defaults when none are saved yet), the totals
/// (VAT per line, half-up, then summed: UK-RULES), and moving the work a bill carries between statuses.
/// </summary>
public sealed class BillWork(AppDbContext db)
{
    public async Task<BillingSettings> SettingsAsync(CancellationToken ct) =>
        await db.Set<BillingSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new BillingSettings();

    public static string FormatNumber(string prefix, long sequence) => prefix + sequence.ToString("D6", CultureInfo.InvariantCulture);

    public static void Recompute(Invoice bill, IEnumerable<InvoiceLine> lines)
    {
        long net = 0, vat = 0;
        foreach (var line in lines)
        {
            line.VatMinor = BillingRules.Vat(line.NetMinor, line.VatRateBp);
            net += line.NetMinor;
            vat += line.VatMinor;
        }
        (bill.NetMinor, bill.VatMinor, bill.TotalMinor) = (net, vat, net + vat);
    }

    public Task<List<InvoiceLine>> LinesAsync(Guid billId, CancellationToken ct) =>
        db.Set<InvoiceLine>().Where(l => l.InvoiceId == billId).OrderBy(l => l.Position).ToListAsync(ct);

    /// <summary>Loads a draft for a change: 412 when the version is stale, 409 `bill.not_draft` once final or void.</summary>
    public static void EnsureDraft(Invoice bill, int? expectedVersion)
    {
        if (expectedVersion is { } v && v != bill.Version)
            throw new PreconditionException(412, "This bill was changed since you loaded it. Reload and try again.");
        if (bill.Status != InvoiceStatus.Draft)
            throw new ConflictException("bill.not_draft", "This bill is final and can no longer be changed. Void it or issue a credit note.");
    }

    public static void EnsureFinal(Invoice bill)
    {
        if (bill.Status != InvoiceStatus.Final)
            throw new ConflictException("bill.not_final", bill.Status == InvoiceStatus.Draft
                ? "This bill is still a draft. Finalise it first."
                : "This bill has been voided.");
    }

    /// <summary>Every time entry and disbursement the bill carries (charged or covered by a fixed fee) takes the status.</summary>
    public async Task SetItemsAsync(Guid billId, WipStatus status, CancellationToken ct)
    {
        foreach (var t in await db.Set<TimeEntry>().Where(t => t.InvoiceId == billId).ToListAsync(ct))
            Move(t, status);
        foreach (var d in await db.Set<Disbursement>().Where(d => d.InvoiceId == billId).ToListAsync(ct))
            Move(d, status);
        if (status == WipStatus.Unbilled)
            foreach (var s in await db.Set<FeeStage>().Where(s => s.InvoiceId == billId).ToListAsync(ct))
                s.InvoiceId = null;
    }

    /// <summary>Returns the item behind one line to work in progress (or writes it off).</summary>
    public async Task ReleaseLineAsync(InvoiceLine line, WipStatus status, string? reason, CancellationToken ct)
    {
        if (line.TimeEntryId is { } t && await db.Set<TimeEntry>().SingleOrDefaultAsync(x => x.Id == t, ct) is { } entry)
        {
            Move(entry, status);
            entry.WriteOffReason = reason;
        }
        if (line.DisbursementId is { } d && await db.Set<Disbursement>().SingleOrDefaultAsync(x => x.Id == d, ct) is { } disbursement)
        {
            Move(disbursement, status);
            disbursement.WriteOffReason = reason;
        }
        if (line.FeeStageId is { } s && await db.Set<FeeStage>().SingleOrDefaultAsync(x => x.Id == s, ct) is { } stage)
            stage.InvoiceId = null;
    }

    public static void Move(TimeEntry t, WipStatus status, Guid? billId = null)
    {
        t.Status = status;
        t.InvoiceId = status is WipStatus.Unbilled or WipStatus.WrittenOff ? null : billId ?? t.InvoiceId;
        t.Version++; // the entry's concurrency token: two bills cannot take the same entry
    }

    public static void Move(Disbursement d, WipStatus status, Guid? billId = null)
    {
        d.Status = status;
        d.InvoiceId = status is WipStatus.Unbilled or WipStatus.WrittenOff ? null : billId ?? d.InvoiceId;
        d.Version++;
    }
}
