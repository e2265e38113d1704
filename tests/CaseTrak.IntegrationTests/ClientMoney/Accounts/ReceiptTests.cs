using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

public sealed class ReceiptTests(TestApp app)
{
    [Fact]
    public async Task A_receipt_credits_the_matter_and_the_cash_book_and_names_its_journal()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        await firm.RecordTimeAsync(matter);

        var receipt = await firm.ReceiveAsync(matter, account, 1_500_00);

        Assert.Equal(1_500_00, receipt.Minor("clientBalanceMinor"));
        Assert.StartsWith("J-", receipt.GetProperty("journalNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(InTestData.Day(-2), receipt.GetProperty("receivedOn").GetString());
        Assert.Equal(InTestData.Day(-1), receipt.GetProperty("bankedOn").GetString());
        Assert.Equal("bankTransfer", receipt.GetProperty("method").GetString());
        Assert.False(receipt.GetProperty("inSuspense").GetBoolean());
        Assert.Empty(receipt.GetProperty("warnings").EnumerateArray());
        Assert.Equal(1_500_00, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        Assert.Equal(1_500_00, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
        var again = await firm.Admin.GetAsync($"/api/v1/client-money/receipts/{receipt.Id()}").ExpectJsonAsync(200);
        Assert.Equal(receipt.GetProperty("journalId").GetGuid(), again.GetProperty("journalId").GetGuid());
        Assert.Single((await firm.Admin.GetAsync($"/api/v1/client-money/receipts?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Money_for_a_matter_with_no_recorded_work_is_taken_with_a_warning()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var receipt = await firm.ReceiveAsync(matter, account, 100_00);
        Assert.Contains("3.3", Assert.Single(receipt.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_with_no_matter_waits_in_suspense_until_allocated()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();

        var receipt = await firm.ReceiveAsync(null, account, 250_00);
        Assert.True(receipt.GetProperty("inSuspense").GetBoolean());
        Assert.NotEmpty(receipt.GetProperty("warnings").EnumerateArray());
        var held = await firm.AccountAsync(account);
        Assert.Equal(250_00, held.Minor("balanceMinor"));
        Assert.Equal(250_00, held.Minor("suspenseMinor"));
        var suspense = await firm.Admin.GetAsync("/api/v1/client-money/suspense").ExpectJsonAsync(200);
        var item = Assert.Single(suspense.GetProperty("items").EnumerateArray());
        Assert.Equal(1, item.GetProperty("ageDays").GetInt32());
        Assert.Single((await firm.Admin.GetAsync("/api/v1/client-money/receipts?inSuspense=true").ExpectJsonAsync(200)).Items());

        var allocated = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/receipts/{receipt.Id()}/allocate", new { matterId = matter }).ExpectJsonAsync(200);
        Assert.False(allocated.GetProperty("inSuspense").GetBoolean());
        Assert.Equal(250_00, allocated.Minor("clientBalanceMinor"));
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("suspenseMinor"));
        Assert.Equal(250_00, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/client-money/suspense").ExpectJsonAsync(200)).GetProperty("items").EnumerateArray());
        var twice = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/receipts/{receipt.Id()}/allocate", new { matterId = matter }).ExpectJsonAsync(409);
        Assert.Equal("receipt.already_allocated", twice.Code());
        Assert.Equal(250_00, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
    }

    [Fact]
    public async Task Money_for_a_client_whose_due_diligence_is_incomplete_is_refused_and_nothing_moves()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var account = await firm.AddClientAccountAsync();
        var matter = (await firm.OpenMatterAsync()).Id();

        var problem = await firm.Admin.PostReceiptAsync(matter, account, 100_00).ExpectJsonAsync(422);
        Assert.Equal("cdd.incomplete", problem.Code());
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("balanceMinor"));
        Assert.Equal(0, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));

        var parked = await firm.ReceiveAsync(null, account, 100_00);
        var allocation = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/receipts/{parked.Id()}/allocate", new { matterId = matter }).ExpectJsonAsync(422);
        Assert.Equal("cdd.incomplete", allocation.Code());
        Assert.Equal(100_00, (await firm.AccountAsync(account)).Minor("suspenseMinor"));
    }

    [Fact]
    public async Task A_recorded_due_diligence_exception_lets_money_in_and_is_kept_on_the_receipt()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var account = await firm.AddClientAccountAsync();
        var client = await firm.CreateClientAsync();
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{client}/due-diligence", new { status = "exception", reason = "Known for 20 years" }).ExpectAsync(201);
        var matter = (await firm.OpenMatterAsync(clientId: client)).Id();

        var receipt = await firm.ReceiveAsync(matter, account, 100_00);
        Assert.Contains("exception", receipt.GetProperty("cddException").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_dates_accounts_and_closed_matters_are_refused()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        await firm.Admin.PostReceiptAsync(matter, account, 100_00, new { bankedOn = InTestData.Day(-3) }).ExpectAsync(400);
        await firm.Admin.PostReceiptAsync(matter, account, 100_00, new { receivedOn = InTestData.Day(), bankedOn = InTestData.Day(1) }).ExpectAsync(400);
        await firm.Admin.PostReceiptAsync(matter, account, 0).ExpectAsync(400);
        var office = (await firm.Admin.PostAsJsonAsync("/api/v1/client-money/bank-accounts", new
        {
            name = "Office", kind = "office", sortCode = "40-11-22", accountNumber = "87654321",
        }).ExpectJsonAsync(201)).Id();
        Assert.Equal("bank_account.not_client", (await firm.Admin.PostReceiptAsync(matter, office, 100_00).ExpectJsonAsync(422)).Code());
        await firm.Admin.PostReceiptAsync(matter, Guid.NewGuid(), 100_00).ExpectAsync(404);
        var cashierOnly = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        await cashierOnly.Client.PostReceiptAsync(matter, account, 100_00).ExpectAsync(403);

        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(200);
        Assert.Equal("matter.closed", (await firm.Admin.PostReceiptAsync(matter, account, 100_00).ExpectJsonAsync(422)).Code());
        Assert.Equal(0, (await firm.AccountAsync(account)).Minor("balanceMinor"));
    }
}
