using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class BillRoleTests(TestApp app)
{
    [Fact]
    public async Task A_fee_earner_may_draft_but_only_a_partner_cashier_or_administrator_finalises_and_takes_money()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var feeEarner = (await firm.SignInAsync(await firm.AddUserAsync("feeEarner"))).Client;
        var cashier = (await firm.SignInAsync(await firm.AddUserAsync("cashier"))).Client;
        var bill = await firm.DraftFeeBillAsync();
        var url = $"/api/v1/invoices/{bill.Id()}";

        await feeEarner.PostAsync($"{url}/finalise", null).ExpectAsync(403);
        Assert.Equal("draft", (await firm.GetBillAsync(bill.Id())).Str("status"));
        var final = await cashier.PostAsync($"{url}/finalise", null).ExpectJsonAsync(200);
        Assert.Equal("INV-000001", final.Str("number"));

        var payment = new { amountMinor = 100, receivedOn = BillTestData.Day(), method = "bankTransfer" };
        await feeEarner.PostAsJsonAsync($"{url}/payments", payment).ExpectAsync(403);
        await feeEarner.PostAsJsonAsync($"{url}/credit-notes", new { reason = "Goodwill" }).ExpectAsync(403);
        await feeEarner.PostAsJsonAsync($"{url}/void", new { reason = "Wrong client" }).ExpectAsync(403);
        Assert.Equal(0, (await firm.GetBillAsync(bill.Id())).Long("paidMinor"));
        await cashier.PostAsJsonAsync($"{url}/payments", payment).ExpectAsync(201);
    }
}
