using System.Globalization;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>What the outputs of one bill are made from: the bill and its lines (snapshots), matter, client and fee earners.</summary>
public sealed record BillSource(Invoice Bill, IReadOnlyList<InvoiceLine> Lines, Matter Matter, Contact? Client, Firm Firm,
    BillingSettings? Settings, string? LedesClientId, string? ClientMatterReference,
    IReadOnlyDictionary<Guid, string> UserNames, IReadOnlyDictionary<Guid, FeeEarnerGrade> Grades);

/// <summary>
/// Builds a bill's <see cref="BillDocument"/> and <see cref="LedesBill"/> from the database, reading only through the
/// tenant and barrier filters: a missing, foreign or barred bill is a 404. A final bill prints its snapshots; a draft
/// prints the firm's and client's details as they are now.
/// </summary>
public sealed class BillDocuments(AppDbContext db, GetBillHandler bills, TenantGuard guard)
{
    public async Task<BillSource> LoadAsync(Guid invoiceId, CancellationToken ct)
    {
        var bill = await bills.LoadAsync(invoiceId, ct);
        var lines = await db.Set<InvoiceLine>().AsNoTracking().Where(l => l.InvoiceId == bill.Id).OrderBy(l => l.Position).ToListAsync(ct);
        var matter = await db.Set<Matter>().AsNoTracking().SingleAsync(m => m.Id == bill.MatterId, ct);
        var client = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == bill.ClientId, ct);
        var firm = await db.Firms.AsNoTracking().SingleAsync(ct);
        var settings = await db.Set<BillingSettings>().AsNoTracking().FirstOrDefaultAsync(ct);
        var ledesClientId = await db.Set<ClientBillingTerms>().AsNoTracking().Where(t => t.ClientId == bill.ClientId)
            .Select(t => t.LedesClientId).FirstOrDefaultAsync(ct);
        var clientMatter = await db.Set<FeeArrangement>().AsNoTracking().Where(a => a.MatterId == bill.MatterId)
            .Select(a => a.ClientMatterReference).FirstOrDefaultAsync(ct);
        var userIds = lines.Where(l => l.UserId is not null).Select(l => l.UserId!.Value).Distinct().ToList();
        var names = await UserNames.OfAsync(db, userIds, ct);
        var grades = await db.Set<FeeEarnerProfile>().AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Grade, ct);
        return new(bill, lines, matter, client, firm, settings, ledesClientId, clientMatter, names, grades);
    }

    public async Task<BillDocument> DocumentAsync(Guid invoiceId, CancellationToken ct) => Document(await LoadAsync(invoiceId, ct));

    public static BillDocument Document(BillSource s)
    {
        var b = s.Bill;
        var final = b.Status != InvoiceStatus.Draft;
        var vatInvoice = b.Kind == InvoiceKind.Invoice || b.Number is not null;
        return new BillDocument(
            vatInvoice ? BillDocumentKind.VatInvoice : BillDocumentKind.RequestForPayment,
            vatInvoice ? b.Number : b.RequestNumber,
            b.IssuedOn, vatInvoice ? b.TaxPointOn : null, b.DueOn,
            final ? b.SupplierName ?? s.Firm.Name : s.Firm.Name,
            final ? b.SupplierAddress : BillingText.FirmAddress(s.Firm),
            final ? b.SupplierVatNumber : BillingText.Blank(s.Firm.VatNumber),
            final ? b.SupplierSraNumber : BillingText.Blank(s.Firm.SraNumber),
            final ? b.RegulatoryStatement : BillingText.Blank(s.Settings?.RegulatoryStatement) ?? FinaliseBillHandler.DefaultStatement(s.Firm.SraNumber),
            final ? b.CustomerName ?? s.Client?.DisplayName ?? "" : s.Client?.DisplayName ?? "",
            final ? b.CustomerAddress : BillingText.ClientAddress(s.Client),
            s.Matter.Reference, s.Matter.Title, b.Narrative,
            s.Lines.Select(Line).ToList(),
            b.NetMinor, b.VatMinor, b.TotalMinor)
        {
            Currency = b.Currency, Draft = !final, Void = b.Status == InvoiceStatus.Void, VoidReason = b.VoidReason,
            PaidMinor = b.PaidMinor, CreditedMinor = b.CreditedMinor, PaymentDetails = s.Settings?.PaymentDetails,
        };
    }

    public static BillDocumentLine Line(InvoiceLine l)
    {
        var section = l.Kind switch
        {
            InvoiceLineKind.Expense => BillLineSection.Expenses,
            InvoiceLineKind.AgentDisbursement => BillLineSection.AgentDisbursements,
            _ => BillLineSection.Fees,
        };
        var description = l.AdjustmentReason is { Length: > 0 } reason && l.NetMinor != l.OriginalNetMinor
            ? $"{l.Description} (reduced from {BillingDisplay.Money(l.OriginalNetMinor)}: {reason})"
            : l.Description;
        return new(section, l.Date, description, Quantity(l), l.Kind == InvoiceLineKind.Discount ? null : l.RateMinor ?? l.OriginalNetMinor,
            l.NetMinor, l.VatRateBp, l.VatMinor);
    }

    /// <summary>"1.5 h (15 units)" for time; "1" for other charges; nothing for a discount.</summary>
    public static string? Quantity(InvoiceLine l) => l.Kind switch
    {
        InvoiceLineKind.Discount => null,
        InvoiceLineKind.Time when l.Units is { } u && l.UnitMinutes is { } m =>
            $"{(u * m / 60m).ToString("0.##", CultureInfo.InvariantCulture)} h ({u} {(u == 1 ? "unit" : "units")})",
        _ => "1",
    };

    public async Task<BillDocument> CreditNoteAsync(Guid creditNoteId, CancellationToken ct)
    {
        var note = await db.Set<CreditNote>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == creditNoteId, ct)
            ?? throw await guard.NotFoundAsync<CreditNote>(creditNoteId, ct);
        var s = await LoadAsync(note.InvoiceId, ct);
        var credited = await db.Set<CreditNoteLine>().AsNoTracking().Where(c => c.CreditNoteId == note.Id).ToListAsync(ct);
        var byId = s.Lines.ToDictionary(l => l.Id);
        var lines = credited.Select(c => byId.TryGetValue(c.InvoiceLineId, out var l)
                ? new BillDocumentLine(Line(l).Section, l.Date, c.Description, null, null, c.NetMinor, c.VatRateBp, c.VatMinor)
                : new BillDocumentLine(BillLineSection.Fees, null, c.Description, null, null, c.NetMinor, c.VatRateBp, c.VatMinor))
            .OrderBy(l => l.Section).ToList();
        var invoice = Document(s);
        return invoice with
        {
            Kind = BillDocumentKind.CreditNote, Number = note.Number, IssuedOn = note.IssuedOn, TaxPointOn = note.IssuedOn, DueOn = null,
            Description = note.Reason, Lines = lines, NetMinor = note.NetMinor, VatMinor = note.VatMinor, TotalMinor = note.TotalMinor,
            CorrectsNumber = s.Bill.Number ?? s.Bill.RequestNumber, Draft = false, Void = false, PaidMinor = 0, CreditedMinor = 0,
        };
    }

}
