using System.Net;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.ClientMoney.Payments.PaymentsTestData;

namespace CaseTrak.IntegrationTests.ClientMoney.Payments;

/// <summary>The payment, transfer and balance-return pages work as plain HTML forms.</summary>
public sealed class PaymentPagesTests(TestApp app)
{
    [Fact]
    public async Task A_payment_is_requested_approved_after_confirmation_and_listed_as_paid_through_the_pages()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var requester = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var ct = TestContext.Current.CancellationToken;
        var form = $"/client-money/payments/new?matterId={matter}";

        var missing = await requester.Client.PostFormAsync(form, form, new() { ["matterId"] = matter.ToString(), ["bankAccountId"] = account.ToString(), ["Input.Amount"] = "12.50" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync(ct);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("12.50", html, StringComparison.Ordinal);
        var asked = await requester.Client.PostFormAsync(form, form, new()
        {
            ["matterId"] = matter.ToString(), ["bankAccountId"] = account.ToString(), ["Input.Amount"] = "12.50", ["Input.Payee"] = "HM Land Registry",
            ["Input.Purpose"] = "Official copies", ["Input.Instruction"] = "Client's email of 3 November",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var url = asked.Headers.Location!.OriginalString;

        var queue = await firm.Admin.GetStringAsync("/client-money/payments", ct);
        Assert.Contains("Waiting for your approval", queue, StringComparison.Ordinal);
        Assert.Contains("HM Land Registry", queue, StringComparison.Ordinal);
        var confirm = await firm.Admin.GetStringAsync($"{url}?confirm=approve", ct);
        Assert.Contains("Approve and pay", confirm, StringComparison.Ordinal);
        Assert.Contains("12.50 to HM Land Registry", confirm, StringComparison.Ordinal);
        var approved = await firm.Admin.PostFormAsync(url, $"{url}?handler=Approve", new());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("12.50", await firm.Admin.GetStringAsync("/client-money/payments?tab=paid", ct), StringComparison.Ordinal);
        Assert.Equal((87_50L, 87_50L), await firm.BalanceAsync(matter));
    }

    [Fact]
    public async Task A_transfer_to_office_is_checked_then_made_and_the_returns_page_lists_letters()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 300_00);
        var bill = await firm.BillAsync(matter);
        var ct = TestContext.Current.CancellationToken;
        var form = $"/client-money/transfers/new?matterId={matter}";
        Assert.Contains(bill.Str("number"), await firm.Admin.GetStringAsync(form, ct), StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["matterId"] = matter.ToString(), ["bankAccountId"] = account.ToString(), ["Input.Kind"] = "office", ["Input.InvoiceId"] = bill.Id().ToString(),
            ["Input.Amount"] = "120.00",
        };

        var check = await firm.Admin.PostFormAsync(form, form, fields);
        Assert.Contains("Transfer now", await check.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal((300_00L, 300_00L), await firm.BalanceAsync(matter));
        var made = await firm.Admin.PostFormAsync(form, form, new(fields) { ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal((180_00L, 180_00L), await firm.BalanceAsync(matter));

        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(422);
        var returns = await firm.Admin.GetStringAsync("/client-money/returns", ct);
        Assert.Contains("180.00", returns, StringComparison.Ordinal);
        Assert.Contains("/letter", returns, StringComparison.Ordinal);
    }
}
