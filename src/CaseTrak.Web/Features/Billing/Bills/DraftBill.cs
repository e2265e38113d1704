using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Kind">"invoice" (default) or "requestForPayment".</param>
public sealed record DraftBillRequest(
    Guid MatterId,
    IReadOnlyList<Guid>? TimeEntryIds = null,
    IReadOnlyList<Guid>? DisbursementIds = null,
    IReadOnlyList<Guid>? FeeStageIds = null,
    string? Kind = null,
    [property: MaxLength(4000)] string? Narrative = null);

/// <summary>
/// Drafts a bill from a matter's unbilled work: the items chosen, or, when none are named, all unbilled billable
/// (and approved) time, all unbilled disbursements and, on a fixed-fee matter, the stages not yet billed. Time on
/// a fixed-fee matter is attached without a charge (ADR 0010). The items are reserved (status draft).
/// </summary>
public sealed class DraftBillHandler(AppDbContext db, GetMatterHandler matters, BillWork work, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(DraftBillRequest request, CancellationToken ct)
    {
        var kind = ApiEnums.ParseOptional<InvoiceKind>(request.Kind, "kind") ?? InvoiceKind.Invoice;
        var matter = await matters.LoadAsync(request.MatterId, ct);
        var settings = await work.SettingsAsync(ct);
        var fixedFee = await db.Set<FeeArrangement>().AnyAsync(a => a.MatterId == matter.Id && a.Kind == FeeArrangementKind.FixedFee, ct);
        var all = request.TimeEntryIds is null && request.DisbursementIds is null && request.FeeStageIds is null;

        var time = await PickAsync(db.Set<TimeEntry>().Where(t => t.MatterId == matter.Id), all ? null : request.TimeEntryIds ?? [],
            t => t.Status == WipStatus.Unbilled && t.Billability != Billability.NonBillable
                && (!settings.RequireTimeApproval || t.Approval != TimeApproval.Pending), ct);
        var disbursements = await PickAsync(db.Set<Disbursement>().Where(d => d.MatterId == matter.Id), all ? null : request.DisbursementIds ?? [],
            d => d.Status == WipStatus.Unbilled, ct);
        var stages = await PickAsync(db.Set<FeeStage>().Where(s => s.MatterId == matter.Id), all && fixedFee ? null : request.FeeStageIds ?? [],
            s => s.InvoiceId == null, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var bill = new Invoice
        {
            MatterId = matter.Id, ClientId = matter.ClientId, Kind = kind, Status = InvoiceStatus.Draft,
            Narrative = string.IsNullOrWhiteSpace(request.Narrative) ? null : request.Narrative.Trim(),
            CreatedByUserId = me.Id, CreatedAt = now,
        };
        var lines = new List<InvoiceLine>();
        foreach (var t in time.OrderBy(t => t.Date).ThenBy(t => t.CreatedAt))
        {
            BillWork.Move(t, WipStatus.Draft, bill.Id);
            if (!fixedFee)
                lines.Add(TimeLine(bill, t, settings.DefaultVatRateBp));
        }
        foreach (var s in stages.OrderBy(s => s.Position))
        {
            s.InvoiceId = bill.Id;
            lines.Add(new() { InvoiceId = bill.Id, MatterId = matter.Id, Kind = InvoiceLineKind.FixedFee, Description = s.Name, FeeStageId = s.Id,
                OriginalNetMinor = s.AmountMinor, NetMinor = s.AmountMinor, VatRateBp = s.VatRateBp });
        }
        // Agent disbursements (outside the scope of VAT) are listed separately, after the rest.
        foreach (var d in disbursements.OrderBy(d => d.IsAgentDisbursement).ThenBy(d => d.Date))
        {
            BillWork.Move(d, WipStatus.Draft, bill.Id);
            lines.Add(new()
            {
                InvoiceId = bill.Id, MatterId = matter.Id, Date = d.Date, DisbursementId = d.Id, Description = d.Description,
                Kind = d.IsAgentDisbursement ? InvoiceLineKind.AgentDisbursement : InvoiceLineKind.Expense,
                RateMinor = d.AmountMinor, OriginalNetMinor = d.AmountMinor, NetMinor = d.AmountMinor, VatRateBp = d.IsAgentDisbursement ? 0 : d.VatRateBp,
            });
        }
        for (var i = 0; i < lines.Count; i++)
            lines[i].Position = i + 1;
        BillWork.Recompute(bill, lines);
        db.Add(bill);
        db.AddRange(lines);
        audit.Record(AuditAction.BillDrafted, "Invoice", bill.Id, details: new
        {
            matterId = matter.Id, kind = ApiEnums.Name(kind), timeEntries = time.Count, disbursements = disbursements.Count, feeStages = stages.Count,
            bill.NetMinor, bill.VatMinor, bill.TotalMinor,
        });
        await db.SaveChangesAsync(ct);
        return bill.Id;
    }

    private static InvoiceLine TimeLine(Invoice bill, TimeEntry t, int vatRateBp)
    {
        var value = t.Billability == Billability.NoCharge ? 0 : t.ValueMinor;
        return new()
        {
            InvoiceId = bill.Id, MatterId = bill.MatterId, Kind = InvoiceLineKind.Time, Date = t.Date, TimeEntryId = t.Id, UserId = t.UserId,
            Description = t.Billability == Billability.NoCharge ? $"{t.Narrative} (no charge)" : t.Narrative,
            ActivityCode = t.ActivityCode, TaskCode = t.TaskCode, Units = t.Units, UnitMinutes = t.UnitMinutes, RateMinor = t.RateMinor,
            OriginalNetMinor = value, NetMinor = value, VatRateBp = vatRateBp,
        };
    }

    /// <summary>All items that qualify (ids null), or exactly the ids named, each of which must qualify: 422 otherwise.</summary>
    private static async Task<List<T>> PickAsync<T>(IQueryable<T> onMatter, IReadOnlyList<Guid>? ids,
        System.Linq.Expressions.Expression<Func<T, bool>> qualifies, CancellationToken ct) where T : class, IFirmOwned
    {
        if (ids is null)
            return await onMatter.Where(qualifies).ToListAsync(ct);
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var found = await onMatter.Where(x => wanted.Contains(x.Id)).Where(qualifies).ToListAsync(ct);
        if (found.Count != wanted.Count)
            throw new DomainRuleException("billing.not_unbilled",
                "Some of the chosen items are not unbilled work on this matter (already on a bill, written off, not billable or awaiting approval).");
        return found;
    }
}
