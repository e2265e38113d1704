using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Renders a bill as an A4 PDF: supplier and customer, the HMRC VAT-invoice fields, the lines table (fees, then
/// expenses, then agent disbursements outside the scope of VAT), a VAT summary by rate, totals, payment details,
/// and the SRA number and regulatory statement in every page's footer. Drafts are marked DRAFT, void bills VOID.
/// </summary>
public static class BillPdf
{
    public static byte[] Render(BillDocument bill)
    {
        ArgumentNullException.ThrowIfNull(bill);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"{bill.Title} {bill.Number}".Trim();
        document.Info.Author = bill.SupplierName;
        using (var canvas = new BillPdfCanvas(document))
        {
            canvas.NewPage();
            Header(canvas, bill);
            BillPdfTable.Draw(canvas, bill);
            BillPdfTotals.Draw(canvas, bill);
            canvas.OnNewPage = null;
            canvas.Dispose();
            Footers(canvas.Pages, bill);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Header(BillPdfCanvas c, BillDocument bill)
    {
        c.Paragraph(bill.Title, BillPdfCanvas.Heading, after: 8);
        var half = c.Width / 2 - 10;
        var top = c.Y;
        c.Y += c.Text(bill.SupplierName, BillPdfCanvas.Title, 0, half) + 2;
        c.Y += c.Text(bill.SupplierAddress, BillPdfCanvas.Regular, 0, half);
        if (!string.IsNullOrWhiteSpace(bill.SupplierVatNumber))
            c.Y += c.Text($"VAT number: {bill.SupplierVatNumber}", BillPdfCanvas.Regular, 0, half);
        var left = c.Y;

        c.Y = top;
        foreach (var (label, value) in Details(bill))
            c.Y += c.Text($"{label}: {value}", BillPdfCanvas.Regular, half + 20, half, right: true);
        c.Y = Math.Max(left, c.Y) + 14;

        c.Paragraph(bill.Kind == BillDocumentKind.CreditNote ? "Credited to" : "Bill to", BillPdfCanvas.Bold, after: 1);
        c.Paragraph(bill.CustomerName, BillPdfCanvas.Regular, after: 0);
        c.Paragraph(bill.CustomerAddress, BillPdfCanvas.Regular, after: 10);
        c.Paragraph($"Matter {bill.MatterReference}: {bill.MatterTitle}", BillPdfCanvas.Bold, after: 2);
        if (!string.IsNullOrWhiteSpace(bill.Description))
            c.Paragraph(bill.Description, BillPdfCanvas.Regular, after: 8);
        if (bill.Void)
            c.Paragraph($"This bill is void.{(bill.VoidReason is { Length: > 0 } r ? " Reason: " + r : "")}", BillPdfCanvas.Bold, after: 8);
    }

    private static IEnumerable<(string, string)> Details(BillDocument bill)
    {
        yield return (bill.Kind == BillDocumentKind.CreditNote ? "Credit note number" : bill.Kind == BillDocumentKind.RequestForPayment
            ? "Request number" : "Invoice number", bill.Number ?? "Draft (no number yet)");
        if (bill.CorrectsNumber is { Length: > 0 } corrects)
            yield return ("Credits invoice", corrects);
        yield return ("Date of issue", bill.IssuedOn is { } issued ? BillingDisplay.Date(issued) : "not issued");
        if (bill.Kind != BillDocumentKind.RequestForPayment)
            yield return ("Time of supply (tax point)", bill.TaxPointOn is { } tax ? BillingDisplay.Date(tax) : "not issued");
        yield return ("Matter", bill.MatterReference);
        if (bill.Void)
            yield return ("Status", "VOID");
        else if (bill.Draft)
            yield return ("Status", "DRAFT — not yet issued");
    }

    private static void Footers(IReadOnlyList<PdfPage> pages, BillDocument bill)
    {
        var footer = string.Join("  ", new[]
        {
            bill.RegulatoryStatement,
            // The statement usually names the SRA number already; print it separately only when it does not.
            bill.SraNumber is { Length: > 0 } sra && bill.RegulatoryStatement?.Contains(sra, StringComparison.Ordinal) != true ? $"SRA number: {sra}." : null,
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var mark = bill.Void ? "VOID" : bill.Draft ? "DRAFT" : null;
        for (var i = 0; i < pages.Count; i++)
        {
            using var g = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            var width = pages[i].Width.Point - 2 * BillPdfCanvas.Margin;
            g.DrawLine(XPens.LightGray, BillPdfCanvas.Margin, BillPdfCanvas.FooterTop + 8, BillPdfCanvas.Margin + width, BillPdfCanvas.FooterTop + 8);
            var tf = new PdfSharp.Drawing.Layout.XTextFormatter(g);
            tf.DrawString(footer, BillPdfCanvas.Small, XBrushes.DimGray,
                new XRect(BillPdfCanvas.Margin, BillPdfCanvas.FooterTop + 14, width - 70, 50));
            g.DrawString($"Page {i + 1} of {pages.Count}", BillPdfCanvas.Small, XBrushes.DimGray,
                new XRect(BillPdfCanvas.Margin, BillPdfCanvas.FooterTop + 14, width, 12), XStringFormats.TopRight);
            if (mark is null)
                continue;
            var centre = new XPoint(pages[i].Width.Point / 2, pages[i].Height.Point / 2);
            g.RotateAtTransform(-35, centre);
            g.DrawString(mark, new XFont(DejaVuFontResolver.Family, 110, XFontStyleEx.Bold),
                new XSolidBrush(XColor.FromArgb(50, 200, 0, 0)), centre, XStringFormats.Center);
        }
    }
}
