using PdfSharp.Drawing;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The VAT summary by rate, the totals, what is paid, credited and outstanding, the due date and how to pay.</summary>
internal static class BillPdfTotals
{
    private const double LabelX = 255;
    private const double LabelW = 180;
    private const double AmountX = 435;
    private const double AmountW = 80;

    public static void Draw(BillPdfCanvas c, BillDocument bill)
    {
        c.Ensure(40);
        c.Y += 6;
        c.G.DrawLine(XPens.Gray, BillPdfCanvas.Margin, c.Y, BillPdfCanvas.Margin + c.Width, c.Y);
        c.Y += 6;

        var byRate = bill.Lines.Where(l => l.Section != BillLineSection.AgentDisbursements)
            .GroupBy(l => l.VatRateBp).OrderByDescending(g => g.Key).ToList();
        var summary = new List<(string, long, XFont)>();
        foreach (var rate in byRate)
            summary.Add(($"VAT at {BillPdfTable.VatRate(rate.Key)} on {BillingDisplay.Money(rate.Sum(l => l.NetMinor))}",
                rate.Sum(l => l.VatMinor), BillPdfCanvas.Regular));
        var outside = bill.Lines.Where(l => l.Section == BillLineSection.AgentDisbursements).Sum(l => l.NetMinor);
        if (outside != 0)
            summary.Add(("Outside the scope of VAT", outside, BillPdfCanvas.Regular));
        summary.Add(("Net total", bill.NetMinor, BillPdfCanvas.Bold));
        summary.Add(("Total VAT", bill.VatMinor, BillPdfCanvas.Bold));
        summary.Add(($"Gross total ({bill.Currency})", bill.TotalMinor, BillPdfCanvas.Bold));
        if (bill.Kind != BillDocumentKind.CreditNote)
        {
            summary.Add(("Amount paid", bill.PaidMinor, BillPdfCanvas.Regular));
            summary.Add(("Amount credited", bill.CreditedMinor, BillPdfCanvas.Regular));
            summary.Add(("Amount outstanding", bill.OutstandingMinor, BillPdfCanvas.Bold));
        }
        foreach (var (label, amount, font) in summary)
        {
            c.Ensure(13);
            c.Text(label, font, LabelX, LabelW, right: true);
            c.Y += c.Text(BillingDisplay.Money(amount), font, AmountX, AmountW, right: true) + 1;
        }

        c.Y += 10;
        if (bill.Kind != BillDocumentKind.CreditNote && bill.DueOn is { } due)
            c.Paragraph($"Payment is due by {BillingDisplay.Date(due)}.", BillPdfCanvas.Bold, after: 4);
        if (!string.IsNullOrWhiteSpace(bill.PaymentDetails) && bill.Kind != BillDocumentKind.CreditNote)
        {
            c.Paragraph("How to pay", BillPdfCanvas.Bold, after: 1);
            c.Paragraph(bill.PaymentDetails, BillPdfCanvas.Regular, after: 6);
        }
        if (bill.Kind == BillDocumentKind.RequestForPayment)
            c.Paragraph("This is a request for payment, not a VAT invoice. A VAT invoice will be issued when payment is received.",
                BillPdfCanvas.Regular, after: 4);
        c.Paragraph("VAT is calculated on each line at the rate shown, rounded half-up to the penny, then added up.",
            BillPdfCanvas.Small, after: 2);
    }
}
