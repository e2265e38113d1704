using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

public sealed class MixedReceiptAndReversalTests(TestApp app)
{
    [Fact]
    public async Task A_mixed_receipt_is_banked_whole_and_its_office_part_pays_the_delivered_bill()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var bill = await firm.DeliveredBillAsync(matter);

        var receipt = await firm.ReceiveAsync(matter, account, 500_00, new { officeAmountMinor = 120_00, invoiceId = bill });

        Assert.NotEqual(JsonValueKind.Null, receipt.GetProperty("transferId").ValueKind);
        Assert.Equal(380_00, receipt.Minor("clientBalanceMinor"));
        Assert.Equal(380_00, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        var paid = await firm.GetBillAsync(bill);
        Assert.Equal(120_00, paid.Minor("paidMinor"));
        var ledger = await firm.LedgerAsync(matter);
        Assert.Equal(0, ledger.Minor("officeBalanceMinor"));
        Assert.Equal(380_00, ledger.Minor("clientBalanceMinor"));
    }

    [Fact]
    public async Task A_mixed_receipt_without_a_bill_or_with_more_than_the_bill_owes_is_refused_whole()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var bill = await firm.DeliveredBillAsync(matter);

        await firm.Admin.PostReceiptAsync(matter, account, 500_00, new { officeAmountMinor = 100_00 }).ExpectAsync(400);
        await firm.Admin.PostReceiptAsync(matter, account, 50_00, new { officeAmountMinor = 100_00, invoiceId = bill }).ExpectAsync(400);
        var over = await firm.Admin.PostReceiptAsync(matter, account, 500_00, new { officeAmountMinor = 200_00, invoiceId = bill }).ExpectJsonAsync(422);
        Assert.Equal("transfer.exceeds_bill", over.Code());
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/client-money/receipts").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_receipt_is_corrected_by_one_reversal_with_a_reason_and_not_a_second()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var receipt = await firm.ReceiveAsync(matter, account, 300_00);
        var journal = receipt.GetProperty("journalId").GetGuid();
        var url = $"/api/v1/client-money/journals/{journal}/reverse";

        await firm.Admin.PostAsJsonAsync(url, new { reason = "" }).ExpectAsync(400);
        var cashier = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        await cashier.Client.PostAsJsonAsync(url, new { reason = "Wrong matter" }).ExpectAsync(403);
        var reversal = await firm.Admin.PostAsJsonAsync(url, new { reason = "Posted to the wrong matter" }).ExpectJsonAsync(201);

        Assert.Equal("reversal", reversal.GetProperty("kind").GetString());
        Assert.Equal(journal, reversal.GetProperty("reversesJournalId").GetGuid());
        Assert.Equal("Posted to the wrong matter", reversal.GetProperty("reversalReason").GetString());
        Assert.Equal(0, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        var original = await firm.Admin.GetAsync($"/api/v1/client-money/journals/{journal}").ExpectJsonAsync(200);
        Assert.Equal(reversal.Id(), original.GetProperty("reversedByJournalId").GetGuid());
        Assert.Equal(2, original.GetProperty("lines").GetArrayLength());
        Assert.True((await firm.Admin.GetAsync($"/api/v1/client-money/receipts/{receipt.Id()}").ExpectJsonAsync(200)).GetProperty("reversed").GetBoolean());

        var again = await firm.Admin.PostAsJsonAsync(url, new { reason = "Again" }).ExpectJsonAsync(409);
        Assert.Equal("journal.already_reversed", again.Code());
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("balanceMinor"));
    }

    [Fact]
    public async Task A_receipt_whose_money_has_gone_to_office_cannot_be_reversed()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var bill = await firm.DeliveredBillAsync(matter);
        var receipt = await firm.ReceiveAsync(matter, account, 120_00, new { officeAmountMinor = 120_00, invoiceId = bill });

        var refused = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/journals/{receipt.GetProperty("journalId").GetGuid()}/reverse",
            new { reason = "Bounced" }).ExpectJsonAsync(422);
        Assert.Equal("client_money.insufficient_funds", refused.Code());
        Assert.Equal(120_00, (await firm.GetBillAsync(bill)).Minor("paidMinor"));
    }

    [Fact]
    public async Task Reversing_an_allocation_puts_the_receipt_back_in_suspense()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var receipt = await firm.ReceiveAsync(null, account, 80_00);
        var allocated = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/receipts/{receipt.Id()}/allocate", new { matterId = matter }).ExpectJsonAsync(200);

        await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/journals/{allocated.GetProperty("allocationJournalId").GetGuid()}/reverse",
            new { reason = "Wrong matter" }).ExpectAsync(201);

        var back = await firm.Admin.GetAsync($"/api/v1/client-money/receipts/{receipt.Id()}").ExpectJsonAsync(200);
        Assert.True(back.GetProperty("inSuspense").GetBoolean());
        Assert.Equal(80_00, (await firm.AccountAsync(account)).Minor("suspenseMinor"));
        Assert.Equal(0, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
    }
}
