using ClosedXML.Excel;
using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Billing.Outputs;

public sealed class RegisterExportTests(TestApp app)
{
    private static async Task<(TestFirm Firm, JsonElement Bill, JsonElement Credit)> RegisterAsync(TestApp app)
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());
        var credit = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/credit-notes",
            new { reason = "Part", lines = new[] { new { invoiceLineId = bill.Lines()[0].Id(), netMinor = 1_000L } } }).ExpectJsonAsync(201);
        await firm.DraftFeeBillAsync(); // a draft is not in the register
        await firm.WithDbAsync(async db =>
        {
            var client = await db.Set<Contact>().SingleAsync(c => c.Id == bill.GetProperty("clientId").GetGuid());
            client.DisplayName = "=HYPERLINK(\"http://evil.example\")";
            return await db.SaveChangesAsync();
        });
        return (firm, bill, credit);
    }

    [Fact]
    public async Task The_register_as_csv_has_a_row_per_bill_and_credit_note_with_formulas_neutralised()
    {
        var (firm, bill, credit) = await RegisterAsync(app);

        var response = await firm.Admin.GetAsync("/api/v1/bills-register/export?format=csv").ExpectAsync(200);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("type,number,related_number,date,client,matter_reference,net,vat,total,paid,outstanding,status,currency", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"invoice,{bill.Str("number")},,", lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", lines[1]);
        Assert.Contains($",{bill.Long("totalMinor") / 100m:0.00},", lines[1]);
        Assert.StartsWith($"creditNote,{credit.Str("number")},{bill.Str("number")},", lines[2]);
        Assert.Contains(",-12.00,", lines[2]); // £10 net + £2 VAT credited
        Assert.Contains(await firm.AuditAsync(), e => e.Str("action").Equals("billingExported", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_register_as_xlsx_has_the_same_rows_with_amounts_as_numbers()
    {
        var (firm, bill, credit) = await RegisterAsync(app);

        var response = await firm.Admin.GetAsync("/api/v1/bills-register/export?format=xlsx").ExpectAsync(200);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);

        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
        Assert.Equal(bill.Str("number"), sheet.Cell(2, 2).GetString());
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", sheet.Cell(2, 5).GetString());
        Assert.False(sheet.Cell(2, 5).HasFormula);
        Assert.Equal(bill.Long("totalMinor") / 100m, sheet.Cell(2, 9).GetValue<decimal>());
        Assert.Equal(credit.Str("number"), sheet.Cell(3, 2).GetString());
        Assert.Equal(-12m, sheet.Cell(3, 9).GetValue<decimal>());
    }

    [Fact]
    public async Task An_unknown_register_format_is_refused() =>
        await (await BillTestData.CreateBillingFirmAsync(app)).Admin.GetAsync("/api/v1/bills-register/export?format=pdf").ExpectAsync(400);
}
