using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class CreditNoteTests(TestApp app)
{
    [Fact]
    public async Task Credit_notes_have_their_own_sequence_reference_the_bill_and_reverse_vat_per_line()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(null, (10000, 2000), (1010, 500))).Id());
        var lines = bill.Lines();
        var url = $"/api/v1/invoices/{bill.Id()}/credit-notes";

        var partial = await firm.Admin.PostAsJsonAsync(url, new { reason = "Overcharged", lines = new[] { new { invoiceLineId = lines[1].Id(), netMinor = 1010 } } })
            .ExpectJsonAsync(201);
        var next = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        Assert.Equal("CN-000001", partial.Str("number"));
        Assert.Equal(bill.Id(), partial.GetProperty("invoiceId").GetGuid());
        Assert.Equal("INV-000001", partial.Str("invoiceNumber"));
        Assert.Equal(1010, partial.Long("netMinor"));
        Assert.Equal(51, partial.Long("vatMinor"));
        Assert.Equal(1061, partial.Long("totalMinor"));
        Assert.Equal("INV-000002", next.Str("number"));
        var after = await firm.GetBillAsync(bill.Id());
        Assert.Equal(1061, after.Long("creditedMinor"));
        Assert.Equal(12000 + 1061 - 1061, after.Long("outstandingMinor"));

        var full = await firm.Admin.PostAsJsonAsync(url, new { reason = "Matter settled" }).ExpectJsonAsync(201);
        Assert.Equal("CN-000002", full.Str("number"));
        Assert.Equal(10000, full.Long("netMinor"));
        Assert.Equal(2000, full.Long("vatMinor"));
        Assert.Equal(0, (await firm.GetBillAsync(bill.Id())).Long("outstandingMinor"));
        Assert.Equal("credit_note.nothing_to_credit", (await firm.Admin.PostAsJsonAsync(url, new { reason = "Again" }).ExpectJsonAsync(422)).Code());

        var listed = (await firm.Admin.GetAsync($"/api/v1/credit-notes?invoiceId={bill.Id()}").ExpectJsonAsync(200)).Items();
        Assert.Equal(["CN-000002", "CN-000001"], listed.Select(c => c.Str("number")));
        var one = await firm.Admin.GetAsync($"/api/v1/credit-notes/{partial.Id()}").ExpectJsonAsync(200);
        Assert.Equal(lines[1].Id(), Assert.Single(one.GetProperty("lines").EnumerateArray()).GetProperty("invoiceLineId").GetGuid());
        var register = (await firm.Admin.GetAsync("/api/v1/bills-register").ExpectJsonAsync(200)).Items();
        Assert.Equal(["INV-000001", "INV-000002", "CN-000001", "CN-000002"], register.Select(r => r.Str("number")));
        Assert.Equal("INV-000001", register[2].Str("relatedNumber"));
        Assert.Equal("bill.has_credit_notes", (await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/void", new { reason = "No" }).ExpectJsonAsync(422)).Code());
    }

    [Fact]
    public async Task A_partial_credit_can_never_exceed_what_is_left_on_the_line()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(null, (10, 2000))).Id());
        var line = bill.Lines()[0].Id();
        var url = $"/api/v1/invoices/{bill.Id()}/credit-notes";
        object Credit(long net) => new { reason = "Part", lines = new[] { new { invoiceLineId = line, netMinor = net } } };

        Assert.Equal("credit_note.exceeds_line", (await firm.Admin.PostAsJsonAsync(url, Credit(11)).ExpectJsonAsync(422)).Code());
        var a = await firm.Admin.PostAsJsonAsync(url, Credit(3)).ExpectJsonAsync(201);
        var b = await firm.Admin.PostAsJsonAsync(url, Credit(3)).ExpectJsonAsync(201);
        Assert.Equal("credit_note.exceeds_line", (await firm.Admin.PostAsJsonAsync(url, Credit(5)).ExpectJsonAsync(422)).Code());
        var c = await firm.Admin.PostAsJsonAsync(url, Credit(4)).ExpectJsonAsync(201);

        // 10p at 20% charged 2p of VAT; three credits of 3p, 3p and 4p reverse exactly those 2p, never 3p.
        Assert.Equal(2, a.Long("vatMinor") + b.Long("vatMinor") + c.Long("vatMinor"));
        Assert.Equal(12, (await firm.GetBillAsync(bill.Id())).Long("creditedMinor"));
        var draft = await firm.DraftFeeBillAsync();
        Assert.Equal("bill.not_final", (await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{draft.Id()}/credit-notes", new { reason = "Draft" }).ExpectJsonAsync(409)).Code());
    }
}
