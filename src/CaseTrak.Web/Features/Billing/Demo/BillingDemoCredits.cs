using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Credit notes on the demo's bills, the numbering pass and the hand-over to the unit of work.</summary>
internal sealed partial class BillingDemoBills
{
    /// <summary>
    /// In full: every line, with exactly the VAT charged on it. In part: a fifth of the largest line, VAT at the
    /// line's rate, half-up. The credit note is made when its number is known (its number is fixed at creation).
    /// </summary>
    private void Credit(Invoice bill, DateOnly on, string reason, bool full)
    {
        var lines = linesOf[bill.Id];
        List<(InvoiceLine Line, long Net, long Vat)> credited = full
            ? lines.Where(l => l.NetMinor > 0).Select(l => (l, l.NetMinor, l.VatMinor)).ToList()
            : lines.Where(l => l.NetMinor >= 5_000).OrderByDescending(l => l.NetMinor).Take(1)
                .Select(l => (l, l.NetMinor / 5 / 100 * 100, 0L)).Select(c => (c.l, c.Item2, BillingRules.Vat(c.Item2, c.l.VatRateBp))).ToList();
        if (credited.Count == 0)
            return;
        var total = credited.Sum(c => c.Net + c.Vat);
        bill.CreditedMinor += total;
        numbering.Add((on, BillCounters.CreditNote, n =>
        {
            var note = new CreditNote
            {
                InvoiceId = bill.Id, MatterId = bill.MatterId, Number = BillWork.FormatNumber(s.Settings.CreditNotePrefix, n), NumberSequence = n,
                IssuedOn = on, Reason = reason, NetMinor = credited.Sum(c => c.Net), VatMinor = credited.Sum(c => c.Vat), TotalMinor = total,
                CreatedByUserId = w.User("partner"), CreatedAt = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            };
            CreditNotes.Add(note);
            CreditLines.AddRange(credited.Select(c => new CreditNoteLine
            {
                CreditNoteId = note.Id, InvoiceLineId = c.Line.Id, MatterId = bill.MatterId, Description = c.Line.Description,
                NetMinor = c.Net, VatRateBp = c.Line.VatRateBp, VatMinor = c.Vat,
            }));
        }));
    }

    /// <summary>Takes every number from the firm's counters in date order, so the sequences follow the calendar and later bills continue them.</summary>
    public async Task NumberAsync(FirmCounters counters, CancellationToken ct)
    {
        foreach (var (_, counter, assign) in numbering.Select((n, i) => (n, i)).OrderBy(x => x.n.On).ThenBy(x => x.i).Select(x => x.n))
            assign(await counters.NextAsync(counter, ct));
    }

    public void AddTo(AppDbContext db)
    {
        db.AddRange(Invoices);
        db.AddRange(Lines);
        db.AddRange(CreditNotes);
        db.AddRange(CreditLines);
        db.AddRange(Payments);
        db.AddRange(Allocations);
    }
}
