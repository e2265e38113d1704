using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class NumberingTests(TestApp app)
{
    [Fact]
    public async Task Twenty_drafts_finalised_in_parallel_take_twenty_consecutive_numbers_with_no_gaps()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var drafts = new List<Guid>();
        for (var i = 0; i < 20; i++)
            drafts.Add((await firm.DraftFeeBillAsync(matter, (1000 + i, 2000))).Id());

        var finals = await Task.WhenAll(drafts.Select(id => firm.FinaliseAsync(id)));

        var numbers = finals.Select(b => b.Str("number")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"INV-{n:D6}"), numbers);
        Assert.All(finals, b => Assert.Equal("final", b.Str("status")));
        Assert.All(finals, b => Assert.Equal(b.Str("issuedOn"), b.Str("taxPointOn")));
    }

    [Fact]
    public async Task Finalising_snapshots_supplier_and_customer_and_a_void_bill_keeps_its_number_while_the_next_takes_the_next()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var first = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        Assert.Equal("INV-000001", first.Str("number"));
        Assert.Equal(firm.Name, first.Str("supplierName"));
        Assert.Equal("GB123456789", first.Str("supplierVatNumber"));
        Assert.Equal("612345", first.Str("supplierSraNumber"));
        Assert.Contains("WC2A 1AA", first.Str("supplierAddress"));
        Assert.Equal("Authorised and regulated by the Solicitors Regulation Authority (SRA number 612345).", first.Str("regulatoryStatement"));
        Assert.Equal("Carol Client", first.Str("customerName"));
        Assert.Contains("LS1 1AA", first.Str("customerAddress"));
        Assert.Equal(DateOnly.Parse(first.Str("issuedOn"), System.Globalization.CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first.Str("dueOn"));

        var url = $"/api/v1/invoices/{first.Id()}";
        Assert.Equal("bill.not_draft", (await firm.Admin.PatchJsonAsync(url, new { narrative = "Changed" }, "*").ExpectJsonAsync(409)).Code());
        Assert.Equal("bill.not_draft", (await firm.Admin.PostAsJsonAsync($"{url}/lines", new { kind = "fee", description = "More", netMinor = 100 }).ExpectJsonAsync(409)).Code());
        await firm.Admin.DeleteAsync(url).ExpectAsync(409);
        await firm.Admin.PostAsJsonAsync($"{url}/void", new { reason = "" }).ExpectAsync(400);
        var voided = await firm.Admin.PostAsJsonAsync($"{url}/void", new { reason = "Issued to the wrong client" }).ExpectJsonAsync(200);
        var second = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        Assert.Equal("void", voided.Str("status"));
        Assert.Equal("INV-000001", voided.Str("number"));
        Assert.Equal("Issued to the wrong client", voided.Str("voidReason"));
        Assert.Equal("INV-000002", second.Str("number"));
        Assert.Equal("bill.not_final", (await firm.Admin.PostAsJsonAsync($"{url}/void", new { reason = "Again" }).ExpectJsonAsync(409)).Code());
        var register = (await firm.Admin.GetAsync("/api/v1/bills-register").ExpectJsonAsync(200)).Items();
        Assert.Equal(["INV-000001", "INV-000002"], register.Select(r => r.Str("number")));
        Assert.Equal(["void", "unpaid"], register.Select(r => r.Str("status")));
    }

    [Fact]
    public async Task Finalising_needs_lines_a_positive_total_and_the_firms_vat_number_when_vat_is_charged()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app, vatRegistered: false);
        var empty = await firm.DraftAsync(new { matterId = (await firm.OpenBillableMatterAsync()).Id() });
        var vatable = await firm.DraftFeeBillAsync(null, (1000, 2000));
        var zeroRated = await firm.DraftFeeBillAsync(null, (1000, 0));
        var negative = await firm.DraftFeeBillAsync(null, (1000, 0));
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{negative.Id()}/lines", new { kind = "discount", description = "All of it", netMinor = 1000, vatRateBp = 0 })
            .ExpectAsync(201);

        Assert.Equal("bill.no_lines", (await firm.FinaliseAsync(empty.Id(), 422)).Code());
        Assert.Equal("bill.not_positive", (await firm.FinaliseAsync(negative.Id(), 422)).Code());
        Assert.Equal("billing.vat_number_missing", (await firm.FinaliseAsync(vatable.Id(), 422)).Code());
        Assert.Equal("INV-000001", (await firm.FinaliseAsync(zeroRated.Id())).Str("number"));
        Assert.Equal("draft", (await firm.GetBillAsync(vatable.Id())).Str("status"));
    }

    [Fact]
    public async Task Status_and_number_in_a_request_body_are_ignored()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();

        var bill = await firm.DraftAsync(new { matterId = matter, number = "INV-999999", status = "final", netMinor = 5 });
        var patched = await firm.Admin.PatchJsonAsync($"/api/v1/invoices/{bill.Id()}", new { narrative = "For work done", number = "X-1", status = "void", paidMinor = 100 }, "*")
            .ExpectJsonAsync(200);

        Assert.Equal("draft", patched.Str("status"));
        Assert.Equal(JsonValueKind.Null, patched.GetProperty("number").ValueKind);
        Assert.Equal(0, patched.Long("netMinor"));
        Assert.Equal(0, patched.Long("paidMinor"));
        Assert.Equal("For work done", patched.Str("narrative"));
    }

    [Fact]
    public async Task A_request_for_payment_gets_its_vat_invoice_number_only_when_paid_in_full()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var request = await firm.DraftFeeBillAsync(null, (10000, 2000));
        await firm.Admin.PatchJsonAsync($"/api/v1/invoices/{request.Id()}", new { kind = "requestForPayment" }, "*").ExpectAsync(200);
        var issued = await firm.FinaliseAsync(request.Id());
        var invoice = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        Assert.Equal("RFP-000001", issued.Str("requestNumber"));
        Assert.Equal(JsonValueKind.Null, issued.GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, issued.GetProperty("taxPointOn").ValueKind);
        Assert.Equal("INV-000001", invoice.Str("number"));

        var url = $"/api/v1/invoices/{request.Id()}/payments";
        await firm.Admin.PostAsJsonAsync(url, new { amountMinor = 5000, receivedOn = BillTestData.Day(-3), method = "bankTransfer" }).ExpectAsync(201);
        Assert.Equal(JsonValueKind.Null, (await firm.GetBillAsync(request.Id())).GetProperty("number").ValueKind);
        await firm.Admin.PostAsJsonAsync(url, new { amountMinor = 7000, receivedOn = BillTestData.Day(-2), method = "bankTransfer" }).ExpectAsync(201);
        var paid = await firm.GetBillAsync(request.Id());

        Assert.Equal("INV-000002", paid.Str("number"));
        Assert.Equal("RFP-000001", paid.Str("requestNumber"));
        Assert.Equal(BillTestData.Day(-2), paid.Str("taxPointOn"));
        Assert.Equal(0, paid.Long("outstandingMinor"));
    }
}
