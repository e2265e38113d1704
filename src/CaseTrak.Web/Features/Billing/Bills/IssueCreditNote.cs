using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record CreditLineRequest(Guid InvoiceLineId, long NetMinor);

/// <param name="Lines">Lines and amounts to credit; none credits everything not yet credited.</param>
public sealed record IssueCreditNoteRequest(
    [property: Required(ErrorMessage = "Give the reason for the credit note."), MaxLength(1000)] string Reason,
    IReadOnlyList<CreditLineRequest>? Lines = null,
    DateOnly? IssuedOn = null);

/// <summary>
/// Corrects a final VAT invoice in full or in part: never more than a line's net less earlier credits, VAT reversed
/// per line at the line's own rate (the last credit on a line takes exactly the VAT left, so credits never reverse
/// more VAT than was charged), numbered from the firm's own credit-note sequence in the same transaction.
/// </summary>
public sealed class IssueCreditNoteHandler(AppDbContext db, GetBillHandler get, BillWork work, FirmCounters counters, CurrentUser me,
    AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Guid invoiceId, IssueCreditNoteRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for the credit note.");
        var bill = await get.LoadAsync(invoiceId, ct, tracked: true);
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "issue a credit note");
        BillWork.EnsureFinal(bill);
        if (bill.Number is null)
            throw new DomainRuleException("bill.not_vat_invoice", "This request for payment is not a VAT invoice yet. Void it instead of crediting it.");
        var lines = await work.LinesAsync(bill.Id, ct);
        var earlier = await db.Set<CreditNoteLine>().AsNoTracking()
            .Where(c => db.Set<CreditNote>().Any(n => n.Id == c.CreditNoteId && n.InvoiceId == bill.Id))
            .GroupBy(c => c.InvoiceLineId).Select(g => new { g.Key, Net = g.Sum(c => c.NetMinor), Vat = g.Sum(c => c.VatMinor) })
            .ToDictionaryAsync(g => g.Key, g => (g.Net, g.Vat), ct);
        var wanted = request.Lines is { Count: > 0 }
            ? request.Lines.Select(r => (Line: lines.SingleOrDefault(l => l.Id == r.InvoiceLineId)
                ?? throw new RequestValidationException("lines", "A line to credit is not on this bill."), r.NetMinor)).ToList()
            : lines.Select(l => (Line: l, NetMinor: l.NetMinor - earlier.GetValueOrDefault(l.Id).Net)).Where(x => x.NetMinor != 0).ToList();
        if (wanted.Select(w => w.Line.Id).Distinct().Count() != wanted.Count)
            throw new RequestValidationException("lines", "Name each line once.");

        var now = clock.GetUtcNow().UtcDateTime;
        var note = new List<(InvoiceLine Line, long NetMinor, long VatMinor)>();
        foreach (var (line, net) in wanted)
        {
            var (creditedNet, creditedVat) = earlier.GetValueOrDefault(line.Id);
            var left = line.NetMinor - creditedNet;
            if (request.Lines is { Count: > 0 } && (net <= 0 || left <= 0 || net > left))
                throw new DomainRuleException("credit_note.exceeds_line", $"At most {BillingDisplay.Money(Math.Max(left, 0))} is left to credit on \"{line.Description}\".");
            var vatLeft = line.VatMinor - creditedVat;
            var vat = net == left ? vatLeft : Math.Clamp(BillingRules.Vat(net, line.VatRateBp), Math.Min(0, vatLeft), Math.Max(0, vatLeft));
            note.Add((line, net, vat));
        }
        var total = note.Sum(n => n.NetMinor + n.VatMinor);
        if (note.Count == 0 || total <= 0)
            throw new DomainRuleException("credit_note.nothing_to_credit", "Nothing is left to credit on this bill.");

        var settings = await work.SettingsAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sequence = await counters.NextAsync(BillCounters.CreditNote, ct);
        var credit = new CreditNote
        {
            InvoiceId = bill.Id, MatterId = bill.MatterId, Number = BillWork.FormatNumber(settings.CreditNotePrefix, sequence), NumberSequence = sequence,
            IssuedOn = request.IssuedOn ?? DateOnly.FromDateTime(now), Reason = request.Reason.Trim(),
            NetMinor = note.Sum(n => n.NetMinor), VatMinor = note.Sum(n => n.VatMinor), TotalMinor = total, CreatedByUserId = me.Id, CreatedAt = now,
        };
        db.Add(credit);
        db.AddRange(note.Select(n => new CreditNoteLine
        {
            CreditNoteId = credit.Id, InvoiceLineId = n.Line.Id, MatterId = bill.MatterId, Description = n.Line.Description,
            NetMinor = n.NetMinor, VatRateBp = n.Line.VatRateBp, VatMinor = n.VatMinor,
        }));
        bill.CreditedMinor += total;
        bill.Version++;
        audit.Record(AuditAction.CreditNoteIssued, "CreditNote", credit.Id, details: new
        {
            number = credit.Number, invoiceId = bill.Id, invoiceNumber = bill.Number, credit.NetMinor, credit.VatMinor, credit.TotalMinor, reason = credit.Reason,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return credit.Id;
    }

}
