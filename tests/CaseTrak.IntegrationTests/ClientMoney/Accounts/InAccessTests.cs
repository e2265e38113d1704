using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

public sealed class InAccessTests(TestApp app)
{
    [Fact]
    public async Task Another_firms_accounts_receipts_journals_and_ledgers_are_not_found()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var receipt = await firm.ReceiveAsync(null, account, 10_00);
        var journal = receipt.GetProperty("journalId").GetGuid();
        var other = await BillTestData.CreateBillingFirmAsync(app);
        var (otherAccount, otherMatter) = await other.AccountAndMatterAsync();
        var x = other.Admin;

        await x.GetAsync($"/api/v1/client-money/bank-accounts/{account}").ExpectAsync(404);
        await x.PatchJsonAsync($"/api/v1/client-money/bank-accounts/{account}", new { bankName = "Mine" }, "*").ExpectAsync(404);
        await x.GetAsync($"/api/v1/client-money/receipts/{receipt.Id()}").ExpectAsync(404);
        await x.PostAsJsonAsync($"/api/v1/client-money/receipts/{receipt.Id()}/allocate", new { matterId = otherMatter }).ExpectAsync(404);
        await x.GetAsync($"/api/v1/client-money/journals/{journal}").ExpectAsync(404);
        await x.PostAsJsonAsync($"/api/v1/client-money/journals/{journal}/reverse", new { reason = "Mine now" }).ExpectAsync(404);
        await x.GetAsync($"/api/v1/matters/{matter}/ledger").ExpectAsync(404);
        await x.PostReceiptAsync(matter, otherAccount, 10_00).ExpectAsync(404);
        await x.PostReceiptAsync(otherMatter, account, 10_00).ExpectAsync(404);
        Assert.Empty((await x.GetAsync("/api/v1/client-money/receipts").ExpectJsonAsync(200)).Items());
        Assert.Empty((await x.GetAsync("/api/v1/client-money/suspense").ExpectJsonAsync(200)).GetProperty("items").EnumerateArray());
        Assert.Equal(10_00, (await firm.AccountAsync(account)).Minor("suspenseMinor"));
    }

    [Fact]
    public async Task A_cashier_behind_a_matters_barrier_finds_none_of_its_client_money_but_the_account_total_still_counts_it()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var account = await firm.AddClientAccountAsync();
        var partnerUser = await firm.AddUserAsync("partner");
        var partner = await firm.SignInAsync(partnerUser);
        var matter = (await firm.OpenMatterAsync(as_: partner.Client, clientId: await firm.CreateBillableClientAsync(), title: "Secret merger")).Id();
        var receipt = await firm.ReceiveAsync(matter, account, 700_00);
        var cashier = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        await partner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/access", new { restricted = true, userIds = new[] { partnerUser.Id } }, "*")
            .ExpectAsync(200);
        var c = cashier.Client;

        await c.GetAsync($"/api/v1/matters/{matter}/ledger").ExpectAsync(404);
        await c.GetAsync($"/api/v1/client-money/receipts/{receipt.Id()}").ExpectAsync(404);
        await c.GetAsync($"/api/v1/client-money/journals/{receipt.GetProperty("journalId").GetGuid()}").ExpectAsync(404);
        await c.PostReceiptAsync(matter, account, 10_00).ExpectAsync(404);
        var list = await c.GetAsync("/api/v1/client-money/receipts").ExpectAsync(200);
        Assert.DoesNotContain("Secret merger", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await list.JsonAsync()).Items());
        await c.GetAsync($"/client-money/balance?matterId={matter}").ExpectAsync(404);
        await c.GetAsync($"/matters/{matter}/client-money").ExpectAsync(404);
        var total = await c.GetAsync($"/api/v1/client-money/bank-accounts/{account}").ExpectJsonAsync(200);
        Assert.Equal(700_00, total.Minor("balanceMinor"));
    }
}
