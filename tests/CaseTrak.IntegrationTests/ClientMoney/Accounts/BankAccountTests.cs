namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

public sealed class BankAccountTests(TestApp app)
{
    private const string Url = "/api/v1/client-money/bank-accounts";

    [Fact]
    public async Task A_client_account_is_added_with_its_bank_details_normalised_and_nothing_in_it()
    {
        var firm = await TestFirm.CreateAsync(app);
        var body = await firm.Admin.PostAsJsonAsync(Url, new
        {
            name = firm.ClientAccountName(), kind = "client", sortCode = "20 00 00", accountNumber = "1234567", bankName = "Barclays", openedOn = InTestData.Day(-3),
        }).ExpectJsonAsync(201);

        Assert.Equal("20-00-00", body.GetProperty("sortCode").GetString());
        Assert.Equal("01234567", body.GetProperty("accountNumber").GetString());
        Assert.Equal("client", body.GetProperty("kind").GetString());
        Assert.Equal(0, body.Minor("balanceMinor"));
        Assert.Equal(0, body.Minor("suspenseMinor"));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lastReconciledOn").ValueKind);
        Assert.Equal("GBP", body.GetProperty("currency").GetString());
        var list = await firm.Admin.GetAsync(Url).ExpectJsonAsync(200);
        Assert.Single(list.Items());
        Assert.Contains(await firm.AuditAsync(), e => e.GetProperty("action").GetString() == "bankAccountAdded");
    }

    [Fact]
    public async Task A_client_account_named_without_the_firm_or_the_word_client_is_refused_but_an_office_account_may_be()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (sortCode, number) = InTestData.NewBankDetails();

        var noClient = await firm.Admin.PostAsJsonAsync(Url, new { name = $"{firm.Name} Deposit Account", kind = "client", sortCode, accountNumber = number })
            .ExpectJsonAsync(422);
        Assert.Equal("bank_account.name_not_client", noClient.Code());
        var noFirm = await firm.Admin.PostAsJsonAsync(Url, new { name = "Other Firm Client Account", kind = "client", sortCode, accountNumber = number })
            .ExpectJsonAsync(422);
        Assert.Equal("bank_account.name_not_client", noFirm.Code());
        await firm.Admin.PostAsJsonAsync(Url, new { name = "Operating account", kind = "office", sortCode, accountNumber = number }).ExpectAsync(201);
    }

    [Theory]
    [InlineData("12-34-5", "12345678", "bank_account.sort_code_invalid")]
    [InlineData("AB-CD-EF", "12345678", "bank_account.sort_code_invalid")]
    [InlineData("12-34-56", "123456", "bank_account.account_number_invalid")]
    [InlineData("12-34-56", "123456789", "bank_account.account_number_invalid")]
    public async Task Bad_bank_details_are_refused_with_a_code_naming_the_field(string sortCode, string accountNumber, string code)
    {
        var firm = await TestFirm.CreateAsync(app);
        var problem = await firm.Admin.PostAsJsonAsync(Url, new { name = firm.ClientAccountName(), kind = "client", sortCode, accountNumber }).ExpectJsonAsync(422);
        Assert.Equal(code, problem.Code());
        Assert.Empty((await firm.Admin.GetAsync(Url).ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task The_same_sort_code_and_number_twice_is_a_conflict()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (sortCode, number) = InTestData.NewBankDetails();
        await firm.Admin.PostAsJsonAsync(Url, new { name = firm.ClientAccountName(), kind = "client", sortCode, accountNumber = number }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(Url, new { name = "Office", kind = "office", sortCode = sortCode.Replace("-", ""), accountNumber = number })
            .ExpectAsync(409);
    }

    [Fact]
    public async Task Only_bookkeepers_add_or_change_accounts()
    {
        var firm = await TestFirm.CreateAsync(app);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var cashier = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        var (sortCode, number) = InTestData.NewBankDetails();
        await feeEarner.Client.PostAsJsonAsync(Url, new { name = firm.ClientAccountName(), kind = "client", sortCode, accountNumber = number }).ExpectAsync(403);
        var id = await firm.AddClientAccountAsync(cashier.Client);
        await feeEarner.Client.PatchJsonAsync($"{Url}/{id}", new { bankName = "HSBC" }, "*").ExpectAsync(403);
    }

    [Fact]
    public async Task An_account_is_renamed_with_if_match_and_a_stale_version_is_refused()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = await firm.AddClientAccountAsync();
        var read = await firm.Admin.GetAsync($"{Url}/{id}").ExpectAsync(200);
        var etag = read.ETag();

        await firm.Admin.PatchJsonAsync($"{Url}/{id}", new { bankName = "HSBC" }, null).ExpectAsync(428);
        var bad = await firm.Admin.PatchJsonAsync($"{Url}/{id}", new { name = "Savings" }, etag).ExpectJsonAsync(422);
        Assert.Equal("bank_account.name_not_client", bad.Code());
        var renamed = await firm.Admin.PatchJsonAsync($"{Url}/{id}", new { name = $"{firm.ClientAccountName()} No. 1", bankName = "HSBC" }, etag)
            .ExpectJsonAsync(200);
        Assert.Equal("HSBC", renamed.GetProperty("bankName").GetString());
        await firm.Admin.PatchJsonAsync($"{Url}/{id}", new { bankName = "Lloyds" }, etag).ExpectAsync(412);
    }

    [Fact]
    public async Task An_account_holding_money_cannot_close()
    {
        var firm = await Billing.Bills.BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        await firm.ReceiveAsync(matter, account, 10_00);
        var problem = await firm.Admin.PatchJsonAsync($"{Url}/{account}", new { closedOn = InTestData.Day() }, "*").ExpectJsonAsync(422);
        Assert.Equal("bank_account.not_empty", problem.Code());
        Assert.Equal(JsonValueKind.Null, (await firm.AccountAsync(account)).GetProperty("closedOn").ValueKind);
    }
}
