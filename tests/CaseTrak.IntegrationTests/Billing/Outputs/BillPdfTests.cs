using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Outputs;

public sealed class BillPdfTests(TestApp app)
{
    [Fact]
    public async Task A_final_bill_pdf_shows_every_HMRC_VAT_invoice_field_and_the_SRA_details()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (bill, _) = await OutputTestData.FinalisedBillAsync(firm);

        var response = await firm.Admin.GetAsync($"/api/v1/invoices/{bill.Id()}/pdf").ExpectAsync(200);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", response.Content.Headers.ContentDisposition?.ToString());
        var pdf = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("CASETRAK_TEST_OUTPUT") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(dir).FullName, "bill-vat-invoice.pdf"), pdf, TestContext.Current.CancellationToken);
        var text = OutputTestData.PdfText(pdf);

        var lines = bill.Lines();
        var time = lines.Single(l => l.Str("kind") == "time");
        var expense = lines.Single(l => l.Str("kind") == "expense");
        string[] expected =
        [
            "VAT invoice", bill.Str("number"), "Date of issue", OutputTestData.UkDate(bill.Str("issuedOn")),
            "Time of supply (tax point)", OutputTestData.UkDate(bill.Str("taxPointOn")),
            bill.Str("supplierName"), "1 Chancery Lane", "London", "WC2A 1AA", "VAT number: GB123456789",
            bill.Str("customerName"), "2 Market Street", "Leeds", "LS1 1AA",
            OutputTestData.Narrative, "Drafted the defence", "1.5 h (15 units)", OutputTestData.Money(20_000), OutputTestData.Money(time.Long("netMinor")),
            "Courier to court", OutputTestData.Money(expense.Long("netMinor")), "20%", OutputTestData.Money(expense.Long("vatMinor")),
            "Court issue fee", "outside the scope of VAT",
            "Total VAT", OutputTestData.Money(bill.Long("vatMinor")), "Gross total", OutputTestData.Money(bill.Long("totalMinor")),
            "Net total", OutputTestData.Money(bill.Long("netMinor")), "Amount outstanding", OutputTestData.UkDate(bill.Str("dueOn")),
            "sort code 12-34-56", "SRA number", "612345", "Authorised and regulated by the Solicitors Regulation Authority",
        ];
        Assert.All(expected, e => Assert.Contains(e, text));
        Assert.DoesNotContain("DRAFT", text);
        Assert.Contains(await firm.AuditAsync(), e => e.Str("action").Equals("billDownloaded", StringComparison.OrdinalIgnoreCase)
            && e.Str("targetId") == bill.Id().ToString());
    }

    [Fact]
    public async Task A_draft_is_marked_draft_and_a_void_bill_void()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var draft = await firm.DraftFeeBillAsync();
        var draftText = OutputTestData.PdfText(await firm.Admin.GetAsync($"/api/v1/invoices/{draft.Id()}/pdf").BytesAsync(200, "application/pdf"));
        Assert.Contains("DRAFT", draftText);
        Assert.Contains("Draft (no number yet)", draftText);

        var final = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/void", new { reason = "Sent to the wrong client" }).ExpectAsync(200);
        var voidText = OutputTestData.PdfText(await firm.Admin.GetAsync($"/api/v1/invoices/{final.Id()}/pdf").BytesAsync(200, "application/pdf"));
        Assert.Contains("VOID", voidText);
        Assert.Contains("Sent to the wrong client", voidText);
        Assert.Contains(final.Str("number"), voidText);
    }

    [Fact]
    public async Task A_request_for_payment_says_it_is_not_a_VAT_invoice()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (bill, _) = await OutputTestData.FinalisedBillAsync(firm, kind: "requestForPayment");

        var text = OutputTestData.PdfText(await firm.Admin.GetAsync($"/api/v1/invoices/{bill.Id()}/pdf").BytesAsync(200, "application/pdf"));

        Assert.Contains("Request for payment — this is not a VAT invoice", text);
        Assert.Contains(bill.Str("requestNumber"), text);
        Assert.DoesNotContain("Time of supply", text);
    }

    [Fact]
    public async Task A_credit_note_pdf_names_the_invoice_it_corrects()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var final = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());
        var credit = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/credit-notes",
            new { reason = "Agreed reduction", lines = new[] { new { invoiceLineId = final.Lines()[0].Id(), netMinor = 2_500L } } }).ExpectJsonAsync(201);

        var text = OutputTestData.PdfText(await firm.Admin.GetAsync($"/api/v1/credit-notes/{credit.Id()}/pdf").BytesAsync(200, "application/pdf"));

        Assert.Contains("Credit note", text);
        Assert.Contains(credit.Str("number"), text);
        Assert.Contains(final.Str("number"), text);
        Assert.Contains("Agreed reduction", text);
        Assert.Contains(OutputTestData.Money(credit.Long("totalMinor")), text);
    }
}
