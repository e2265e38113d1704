using System.Text;
using CaseTrak.Web.Features.Billing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CaseTrak.UnitTests.Billing;

public sealed class BillPdfTests
{
    internal static BillDocument Bill(int feeLines = 3, BillDocumentKind kind = BillDocumentKind.VatInvoice) => new(
        kind, "INV-000042", new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 26),
        "Smith & Jones LLP", "1 High Street\nLondon\nEC1A 1BB", "GB 123 4567 89", "612345",
        "Authorised and regulated by the Solicitors Regulation Authority.",
        "Acme Ltd", "2 Park Road\nLeeds\nLS1 1AA", "ACME01-0003", "Acme Ltd v Widget Co", "Advice on the lease dispute in October.",
        [
            .. Enumerable.Range(1, feeLines).Select(i => new BillDocumentLine(BillLineSection.Fees, new DateOnly(2026, 10, 5),
                $"Line {i}: reviewed the particulars of claim and the defence and wrote a long note to the client about both", "1.5 h (15 units)", 25_000, 37_500, 2000, 7_500)),
            new(BillLineSection.Expenses, new DateOnly(2026, 10, 7), "Courier to court", "1", 2_450, 2_450, 2000, 490),
            new(BillLineSection.AgentDisbursements, new DateOnly(2026, 10, 8), "Court fee", "1", 33_200, 33_200, 0, 0),
        ],
        feeLines * 37_500 + 2_450 + 33_200, feeLines * 7_500 + 490, feeLines * 45_000 + 2_940 + 33_200)
    { PaymentDetails = "Sort code 12-34-56, account 12345678, reference INV-000042", Draft = true };

    [Theory]
    [InlineData(3)]
    [InlineData(80)]
    public void A_bill_renders_as_a_pdf_of_one_or_more_pages(int feeLines)
    {
        var pdf = BillPdf.Render(Bill(feeLines));
        if (Environment.GetEnvironmentVariable("CASETRAK_PDF_OUT") is { Length: > 0 } dir)
            File.WriteAllBytes(Path.Combine(dir, $"bill-{feeLines}.pdf"), pdf);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(feeLines > 10 ? read.PageCount > 1 : read.PageCount == 1, $"{read.PageCount} pages");
    }

    [Fact]
    public void Rendering_from_many_threads_at_once_installs_the_fonts_once() =>
        Parallel.For(0, 4, _ => Assert.NotEmpty(BillPdf.Render(Bill(2, BillDocumentKind.RequestForPayment))));
}
