using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class PaymentTests(TestApp app)
{
    [Fact]
    public async Task A_payment_is_allocated_across_two_bills_and_the_overpayment_stays_unallocated_on_the_client()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var client = await firm.CreateBillableClientAsync();
        var a = await firm.FinaliseAsync((await firm.DraftFeeBillAsync((await firm.OpenBillableMatterAsync(client)).Id(), (10000, 2000))).Id());
        var b = await firm.FinaliseAsync((await firm.DraftFeeBillAsync((await firm.OpenBillableMatterAsync(client)).Id(), (5000, 2000))).Id());

        var tooMuch = await firm.Admin.PostAsJsonAsync("/api/v1/payments", new
        {
            clientId = client, amountMinor = 20000, receivedOn = BillTestData.Day(), method = "bankTransfer",
            allocations = new[] { new { invoiceId = a.Id(), amountMinor = 12001L } },
        }).ExpectJsonAsync(422);
        var payment = await firm.Admin.PostAsJsonAsync("/api/v1/payments", new
        {
            clientId = client, amountMinor = 20000, receivedOn = BillTestData.Day(), method = "bankTransfer", reference = "BACS 123",
            allocations = new[] { new { invoiceId = a.Id(), amountMinor = 12000L }, new { invoiceId = b.Id(), amountMinor = 6000L } },
        }).ExpectJsonAsync(201);

        Assert.Equal("payment.exceeds_outstanding", tooMuch.Code());
        Assert.Equal(18000, payment.Long("allocatedMinor"));
        Assert.Equal(2000, payment.Long("unallocatedMinor"));
        Assert.Equal(2, payment.GetProperty("allocations").GetArrayLength());
        Assert.Equal(0, (await firm.GetBillAsync(a.Id())).Long("outstandingMinor"));
        Assert.Equal(6000, (await firm.GetBillAsync(b.Id())).Long("paidMinor"));
        Assert.Equal("bill.has_payments", (await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{a.Id()}/void", new { reason = "No" }).ExpectJsonAsync(422)).Code());

        var c = await firm.FinaliseAsync((await firm.DraftFeeBillAsync((await firm.OpenBillableMatterAsync(client)).Id(), (1000, 2000))).Id());
        var allocations = $"/api/v1/payments/{payment.Id()}/allocations";
        Assert.Equal("payment.over_allocated", (await firm.Admin.PostAsJsonAsync(allocations,
            new { allocations = new[] { new { invoiceId = c.Id(), amountMinor = 2001L } } }).ExpectJsonAsync(422)).Code());
        var moved = await firm.Admin.PostAsJsonAsync(allocations, new { allocations = new[] { new { invoiceId = c.Id(), amountMinor = 1200L } } }).ExpectJsonAsync(200);
        Assert.Equal(800, moved.Long("unallocatedMinor"));
        Assert.Equal("payment.exceeds_unallocated", (await firm.Admin.PostAsJsonAsync($"/api/v1/payments/{payment.Id()}/refund",
            new { amountMinor = 801, reason = "Too much" }).ExpectJsonAsync(422)).Code());
        var refunded = await firm.Admin.PostAsJsonAsync($"/api/v1/payments/{payment.Id()}/refund", new { amountMinor = 800, reason = "Overpaid" }).ExpectJsonAsync(200);
        Assert.Equal(0, refunded.Long("unallocatedMinor"));
        Assert.Equal(800, refunded.Long("refundedMinor"));
        var listed = (await firm.Admin.GetAsync($"/api/v1/payments?clientId={client}").ExpectJsonAsync(200)).Items();
        Assert.Equal(payment.Id(), Assert.Single(listed).Id());
    }

    [Fact]
    public async Task Paying_more_than_a_bill_owes_leaves_the_excess_unallocated_and_another_clients_bill_cannot_take_it()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(null, (1000, 2000))).Id());
        var other = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(null, (1000, 2000))).Id());

        var payment = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/payments",
            new { amountMinor = 1500, receivedOn = BillTestData.Day(), method = "card", payer = "Carol Client" }).ExpectJsonAsync(201);

        Assert.Equal(1200, payment.Long("allocatedMinor"));
        Assert.Equal(300, payment.Long("unallocatedMinor"));
        Assert.Equal("payment.wrong_client", (await firm.Admin.PostAsJsonAsync($"/api/v1/payments/{payment.Id()}/allocations",
            new { allocations = new[] { new { invoiceId = other.Id(), amountMinor = 300L } } }).ExpectJsonAsync(422)).Code());
        var register = (await firm.Admin.GetAsync("/api/v1/bills-register").ExpectJsonAsync(200)).Items();
        Assert.Equal(["paid", "unpaid"], register.Select(r => r.Str("status")));
    }
}
