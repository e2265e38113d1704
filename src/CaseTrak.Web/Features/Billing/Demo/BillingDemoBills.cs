using static CaseTrak.Web.Features.Matters.Demo.DemoPracticeAreas;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Bills the demo's work matter by matter every two or three months (fixed-fee matters stage by stage), leaving
/// the last weeks as work in progress and a few drafts; one bill is voided and billed again; two private-client
/// matters are billed by request for payment. <see cref="Settle"/> then pays, part-pays or credits them.
/// </summary>
internal sealed partial class BillingDemoBills(Random rng, BillingDemoWorld w, BillingDemoSetup s, BillingDemoWork work)
{
    public List<Invoice> Invoices { get; } = [];
    public List<InvoiceLine> Lines { get; } = [];
    public List<CreditNote> CreditNotes { get; } = [];
    public List<CreditNoteLine> CreditLines { get; } = [];
    public List<OfficePayment> Payments { get; } = [];
    public List<PaymentAllocation> Allocations { get; } = [];

    /// <summary>Numbers to take from the firm counters, in date order: (day, counter, what to do with the number).</summary>
    private readonly List<(DateOnly On, string Counter, Action<long> Assign)> numbering = [];
    private readonly Dictionary<Guid, List<InvoiceLine>> linesOf = [];
    private ILookup<Guid, TimeEntry> timeOf = null!;
    private ILookup<Guid, Disbursement> disbursementsOf = null!;

    public void Build()
    {
        timeOf = work.Time.ToLookup(t => t.MatterId);
        disbursementsOf = work.Disbursements.ToLookup(d => d.MatterId);
        var requestMatters = w.Matters.Where(m => m.Area == PrivateClient).Take(2).Select(m => m.Id).ToHashSet();
        var voided = false;
        var index = 0;
        foreach (var m in w.Matters)
        {
            var stages = s.FixedFees.GetValueOrDefault(m.Id);
            var kind = requestMatters.Contains(m.Id) ? InvoiceKind.RequestForPayment : InvoiceKind.Invoice;
            var stage = 0;
            var start = m.OpenedOn > w.Today.AddDays(-364) ? m.OpenedOn : w.Today.AddDays(-364);
            for (var day = start.AddDays(rng.Next(25, 60)); day <= w.Today.AddDays(-21); day = day.AddDays(rng.Next(45, 90)))
            {
                var issued = Weekday(day);
                var bill = Bill(m, kind, issued, stages?[stage], InvoiceStatus.Final);
                if (bill is null)
                    continue;
                if (!voided && stages is null && kind == InvoiceKind.Invoice && issued < w.Today.AddDays(-150))
                {
                    Void(bill, issued.AddDays(3));
                    Bill(m, kind, Weekday(issued.AddDays(4)), null, InvoiceStatus.Final);
                    voided = true;
                }
                if (stages is not null && ++stage == stages.Count)
                    break;
            }
            if (index++ % 7 == 3 && stages is null)
                Bill(m, InvoiceKind.Invoice, null, null, InvoiceStatus.Draft);
        }
        Settle();
    }

    private Invoice? Bill(DemoBillingMatter m, InvoiceKind kind, DateOnly? issued, FeeStage? stage, InvoiceStatus status)
    {
        var cutoff = issued?.AddDays(-1) ?? w.Today;
        var fixedFee = s.FixedFees.ContainsKey(m.Id);
        var time = timeOf[m.Id].Where(t => t.Status == WipStatus.Unbilled && t.Billability != Billability.NonBillable && t.Date <= cutoff).ToList();
        var costs = disbursementsOf[m.Id].Where(d => d.Status == WipStatus.Unbilled && d.Date <= cutoff).ToList();
        if (stage is null && (fixedFee || time.All(t => t.ValueMinor == 0)))
            return null;
        var bill = new Invoice
        {
            MatterId = m.Id, ClientId = m.ClientId, Kind = kind, Status = status, CreatedByUserId = m.Responsible,
            CreatedAt = BillingDemoWork.At(issued ?? w.Today, rng).AddDays(-1), Version = 1,
        };
        var lines = new List<InvoiceLine>();
        var itemStatus = status == InvoiceStatus.Draft ? WipStatus.Draft : WipStatus.Billed;
        foreach (var t in time.OrderBy(t => t.Date).ThenBy(t => t.CreatedAt))
        {
            (t.Status, t.InvoiceId) = (itemStatus, bill.Id);
            if (!fixedFee) // fixed-fee time is attached to the bill without a charge (ADR 0010)
                lines.Add(TimeLine(bill, t));
        }
        if (stage is not null)
        {
            stage.InvoiceId = bill.Id;
            lines.Add(new() { InvoiceId = bill.Id, MatterId = m.Id, Kind = InvoiceLineKind.FixedFee, Description = stage.Name, FeeStageId = stage.Id,
                OriginalNetMinor = stage.AmountMinor, NetMinor = stage.AmountMinor, VatRateBp = stage.VatRateBp });
        }
        foreach (var d in costs.OrderBy(d => d.IsAgentDisbursement).ThenBy(d => d.Date))
        {
            (d.Status, d.InvoiceId) = (itemStatus, bill.Id);
            lines.Add(new()
            {
                InvoiceId = bill.Id, MatterId = m.Id, Date = d.Date, DisbursementId = d.Id, Description = d.Description,
                Kind = d.IsAgentDisbursement ? InvoiceLineKind.AgentDisbursement : InvoiceLineKind.Expense,
                RateMinor = d.AmountMinor, OriginalNetMinor = d.AmountMinor, NetMinor = d.AmountMinor, VatRateBp = d.IsAgentDisbursement ? 0 : d.VatRateBp,
            });
        }
        // Now and then a write-down of the largest time line, with its reason.
        if (!fixedFee && rng.Next(100) < 8 && lines.Where(l => l.Kind == InvoiceLineKind.Time).MaxBy(l => l.NetMinor) is { NetMinor: > 10_000 } big)
            (big.NetMinor, big.AdjustmentReason) = (big.NetMinor * 4 / 5, "Written down by 20%: the time exceeded the estimate given to the client.");
        for (var i = 0; i < lines.Count; i++)
            lines[i].Position = i + 1;
        BillWork.Recompute(bill, lines); // VAT per line at its own rate, half-up, then summed (UK-RULES)
        if (issued is { } on)
            Finalise(bill, m, on);
        Invoices.Add(bill);
        Lines.AddRange(lines);
        linesOf[bill.Id] = lines;
        return bill;
    }

    private static InvoiceLine TimeLine(Invoice bill, TimeEntry t)
    {
        var value = t.Billability == Billability.NoCharge ? 0 : t.ValueMinor;
        return new()
        {
            InvoiceId = bill.Id, MatterId = bill.MatterId, Kind = InvoiceLineKind.Time, Date = t.Date, TimeEntryId = t.Id, UserId = t.UserId,
            Description = t.Billability == Billability.NoCharge ? $"{t.Narrative} (no charge)" : t.Narrative,
            ActivityCode = t.ActivityCode, TaskCode = t.TaskCode, Units = t.Units, UnitMinutes = t.UnitMinutes, RateMinor = t.RateMinor,
            OriginalNetMinor = value, NetMinor = value, VatRateBp = 2000,
        };
    }

    private DateOnly Weekday(DateOnly d)
    {
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            d = d.AddDays(1);
        return d > w.Today ? w.Today : d;
    }
}
