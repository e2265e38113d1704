using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class BillAccessTests(TestApp app)
{
    [Fact]
    public async Task Another_firms_bill_credit_note_and_payment_are_not_found_on_every_route()
    {
        var owner = await BillTestData.CreateBillingFirmAsync(app);
        var other = await BillTestData.CreateBillingFirmAsync(app);
        var draft = await owner.DraftFeeBillAsync();
        var final = await owner.FinaliseAsync((await owner.DraftFeeBillAsync()).Id());
        var credit = await owner.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/credit-notes", new { reason = "Part", lines = new[] { new { invoiceLineId = final.Lines()[0].Id(), netMinor = 100L } } })
            .ExpectJsonAsync(201);
        var payment = await owner.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/payments", new { amountMinor = 100, receivedOn = BillTestData.Day() }).ExpectJsonAsync(201);
        var d = $"/api/v1/invoices/{draft.Id()}";
        var f = $"/api/v1/invoices/{final.Id()}";
        var line = draft.Lines()[0].Id();
        var theirClient = await other.CreateBillableClientAsync();
        var x = other.Admin;

        await x.GetAsync(d).ExpectAsync(404);
        await x.PatchJsonAsync(d, new { narrative = "Mine" }, "*").ExpectAsync(404);
        await x.PatchJsonAsync($"{d}/lines/{line}", new { description = "Mine" }, "*").ExpectAsync(404);
        await x.SendJsonAsync(HttpMethod.Delete, $"{d}/lines/{line}", null, "*").ExpectAsync(404);
        await x.PostAsJsonAsync($"{d}/lines/{line}/write-off", new { reason = "Mine" }).ExpectAsync(404);
        await x.PostAsJsonAsync($"{d}/lines", new { kind = "fee", description = "Mine", netMinor = 1 }).ExpectAsync(404);
        await x.PostAsJsonAsync($"{d}/discount", new { percentBp = 100, reason = "Mine" }).ExpectAsync(404);
        await x.PostAsync($"{d}/finalise", null).ExpectAsync(404);
        await x.DeleteAsync(d).ExpectAsync(404);
        await x.PostAsJsonAsync($"{f}/void", new { reason = "Mine" }).ExpectAsync(404);
        await x.PostAsJsonAsync($"{f}/deliver", new { deliveredOn = BillTestData.Day() }).ExpectAsync(404);
        await x.PostAsJsonAsync($"{f}/credit-notes", new { reason = "Mine" }).ExpectAsync(404);
        await x.PostAsJsonAsync($"{f}/payments", new { amountMinor = 1, receivedOn = BillTestData.Day() }).ExpectAsync(404);
        await x.GetAsync($"/api/v1/credit-notes/{credit.Id()}").ExpectAsync(404);
        await x.GetAsync($"/api/v1/payments/{payment.Id()}").ExpectAsync(404);
        await x.PostAsJsonAsync($"/api/v1/payments/{payment.Id()}/refund", new { amountMinor = 1, reason = "Mine" }).ExpectAsync(404);
        await x.PostAsJsonAsync("/api/v1/payments", new { clientId = theirClient, amountMinor = 100, receivedOn = BillTestData.Day(),
            allocations = new[] { new { invoiceId = final.Id(), amountMinor = 1L } } }).ExpectAsync(404);
        Assert.Empty((await x.GetAsync("/api/v1/invoices").ExpectJsonAsync(200)).Items());
        Assert.Empty((await x.GetAsync("/api/v1/bills-register").ExpectJsonAsync(200)).Items());
        Assert.Empty((await x.GetAsync("/api/v1/credit-notes").ExpectJsonAsync(200)).Items());
        Assert.Empty((await x.GetAsync("/api/v1/payments").ExpectJsonAsync(200)).Items());

        var unchanged = await owner.GetBillAsync(final.Id());
        Assert.Equal("final", unchanged.Str("status"));
        Assert.Equal(100, unchanged.Long("paidMinor"));
        Assert.Equal("draft", (await owner.GetBillAsync(draft.Id())).Str("status"));
    }

    [Fact]
    public async Task Delivery_is_recorded_with_the_month_for_assessment_and_before_suing()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        var delivered = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/deliver", new { deliveredOn = BillTestData.Day(), method = "email" })
            .ExpectJsonAsync(200);

        var on = DateOnly.FromDateTime(DateTime.UtcNow.Date);
        Assert.Equal(BillTestData.Day(), delivered.Str("deliveredOn"));
        Assert.Equal("email", delivered.Str("deliveryMethod"));
        Assert.Equal(on.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), delivered.Str("assessmentDeadline"));
        Assert.Equal(on.AddMonths(1).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), delivered.Str("canSueFrom"));
        var listed = (await firm.Admin.GetAsync("/api/v1/invoices?view=unpaid").ExpectJsonAsync(200)).Items();
        Assert.Equal(bill.Id(), Assert.Single(listed).Id());
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/invoices?view=overdue").ExpectJsonAsync(200)).Items());
        var audit = await firm.AuditAsync();
        foreach (var action in new[] { "billDrafted", "billUpdated", "billFinalised", "billDelivered" })
            Assert.Contains(audit, e => e.Str("action").Equals(action, StringComparison.OrdinalIgnoreCase) && e.Str("targetId") == bill.Id().ToString());
    }
}
