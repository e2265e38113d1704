using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

/// <summary>The accounts, receipts, suspense, journal and matter tab pages work as plain HTML forms.</summary>
public sealed class InPagesTests(TestApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> Html(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));

    [Fact]
    public async Task A_client_account_is_added_from_the_accounts_page_and_a_bad_name_keeps_what_was_typed()
    {
        var firm = await TestFirm.CreateAsync(app);
        Assert.Contains("No bank accounts yet", await Html(firm.Admin, "/client-money/accounts"), StringComparison.Ordinal);

        var bad = await firm.Admin.PostFormAsync("/client-money/accounts", "/client-money/accounts", new()
        {
            ["Input.Kind"] = "client", ["Input.Name"] = "General account", ["Input.SortCode"] = "20-00-00", ["Input.AccountNumber"] = "55667788",
        });
        var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("value=\"General account\"", page, StringComparison.Ordinal);

        var saved = await firm.Admin.PostFormAsync("/client-money/accounts", "/client-money/accounts", new()
        {
            ["Input.Kind"] = "client", ["Input.Name"] = firm.ClientAccountName(), ["Input.SortCode"] = "200000", ["Input.AccountNumber"] = "55667788",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await Html(firm.Admin, "/client-money/accounts");
        Assert.Contains(firm.ClientAccountName(), list, StringComparison.Ordinal);
        Assert.Contains("20-00-00", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_recorded_from_the_matter_tab_form_shows_on_the_tab_with_its_balance()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var tab = $"/matters/{matter}/client-money";
        var empty = await Html(firm.Admin, tab);
        Assert.Contains("No client money has been received", empty, StringComparison.Ordinal);
        Assert.Contains($"/client-money/receipts/new?matterId={matter}", empty, StringComparison.Ordinal);
        var reference = (await firm.Admin.GetAsync($"/api/v1/matters/{matter}").ExpectJsonAsync(200)).Str("reference");
        var form = $"/client-money/receipts/new?matterId={matter}";
        Assert.Contains("Client money held: <strong class=\"num\">£0.00", await Html(firm.Admin, form), StringComparison.Ordinal);

        var saved = await firm.Admin.PostFormAsync(form, form, new()
        {
            ["Input.Matter"] = reference, ["Input.BankAccountId"] = account.ToString(), ["Input.Amount"] = "£1,250.00",
            ["Input.ReceivedOn"] = InTestData.Day(-1), ["Input.BankedOn"] = InTestData.Day(), ["Input.Payer"] = "Carol Client", ["Input.Method"] = "cheque",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(tab, saved.Headers.Location!.OriginalString);
        var after = await Html(firm.Admin, tab);
        Assert.Contains("£1,250.00", after, StringComparison.Ordinal);
        Assert.Contains("Received from Carol Client", after, StringComparison.Ordinal);
        Assert.Contains("Client money held: <strong class=\"num\">£1,250.00", await Html(firm.Admin, $"/client-money/balance?matterId={matter}&bankAccountId={account}"), StringComparison.Ordinal);
        Assert.Contains("Carol Client", await Html(firm.Admin, "/client-money/receipts"), StringComparison.Ordinal);

        var bad = await firm.Admin.PostFormAsync(form, form, new() { ["Input.Matter"] = reference, ["Input.BankAccountId"] = account.ToString(), ["Input.Amount"] = "lots" });
        Assert.Contains("There is a problem", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(1_250_00, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
    }

    [Fact]
    public async Task A_receipt_in_suspense_is_allocated_from_the_suspense_page()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        Assert.Contains("Nothing is waiting in suspense", await Html(firm.Admin, "/client-money/suspense"), StringComparison.Ordinal);
        var receipt = await firm.ReceiveAsync(null, account, 75_00);
        var reference = (await firm.Admin.GetAsync($"/api/v1/matters/{matter}").ExpectJsonAsync(200)).Str("reference");
        Assert.Contains("£75.00", await Html(firm.Admin, "/client-money/suspense"), StringComparison.Ordinal);

        var done = await firm.Admin.PostFormAsync("/client-money/suspense", "/client-money/suspense", new()
        {
            ["Input.ReceiptId"] = receipt.Id().ToString(), ["Input.Matter"] = reference,
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(75_00, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
        Assert.Contains("Nothing is waiting in suspense", await Html(firm.Admin, "/client-money/suspense"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journal_is_reversed_through_its_confirmation_page()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, matter) = await firm.AccountAndMatterAsync();
        var journal = (await firm.ReceiveAsync(matter, account, 40_00)).GetProperty("journalId").GetGuid();
        var confirm = $"/client-money/journals/{journal}?confirm=reverse";
        Assert.Contains("This cannot be undone", await Html(firm.Admin, confirm), StringComparison.Ordinal);

        var blank = await firm.Admin.PostFormAsync(confirm, confirm, new() { ["Input.Reason"] = "" });
        Assert.Contains("There is a problem", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var done = await firm.Admin.PostFormAsync(confirm, confirm, new() { ["Input.Reason"] = "Cheque bounced" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Cheque bounced", await Html(firm.Admin, done.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(0, (await firm.LedgerAsync(matter)).Minor("clientBalanceMinor"));
        Assert.Contains("Client money held", await Html(firm.Admin, $"/matters/{matter}"), StringComparison.Ordinal);
    }
}
