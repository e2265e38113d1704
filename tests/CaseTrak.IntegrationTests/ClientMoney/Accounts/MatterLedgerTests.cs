using CaseTrak.IntegrationTests.Billing.Bills;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

public sealed class MatterLedgerTests(TestApp app)
{
    [Fact]
    public async Task The_ledger_shows_both_sides_with_running_balances_newest_first()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        await firm.ReceiveAsync(matter, account, 1_000_00);
        var bill = await firm.DeliveredBillAsync(matter);                    // office: owes £120
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill}/payments", new { amountMinor = 20_00, receivedOn = InTestData.Day(), method = "card" })
            .ExpectAsync(201);                                               // office: owes £100
        await firm.ReceiveAsync(matter, account, 200_00, new { receivedOn = InTestData.Day(), bankedOn = InTestData.Day(), officeAmountMinor = 100_00, invoiceId = bill });
        await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = InTestData.Day(), description = "Land Registry fee", amountMinor = 30_00, vatRateBp = 0, paid = true, paidOn = InTestData.Day(),
        }).ExpectAsync(201);                                                 // office: owes £30 again

        var ledger = await firm.LedgerAsync(matter);

        Assert.Equal(1_100_00, ledger.Minor("clientBalanceMinor"));
        Assert.Equal(30_00, ledger.Minor("officeBalanceMinor"));
        Assert.Equal("GBP", ledger.GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.Null, ledger.GetProperty("nextCursor").ValueKind);
        var entries = ledger.GetProperty("entries").EnumerateArray().ToList();
        var client = entries.Where(e => e.GetProperty("side").GetString() == "client").ToList();
        Assert.Equal([0L, 200_00L, 1_000_00L], client.Select(e => e.Minor("creditMinor")));
        Assert.Equal([1_100_00L, 1_200_00L, 1_000_00L], client.Select(e => e.Minor("balanceMinor")));
        Assert.Equal(100_00, client[0].Minor("debitMinor"));
        Assert.All(client, e => Assert.StartsWith("J-", e.GetProperty("journalNumber").GetString(), StringComparison.Ordinal));
        var office = entries.Where(e => e.GetProperty("side").GetString() == "office").ToList();
        Assert.Equal(["disbursement", "transferFromClient", "payment", "bill"], office.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([30_00L, 0L, 100_00L, 120_00L], office.Select(e => e.Minor("balanceMinor")));
    }
}
