using CaseTrak.IntegrationTests.Billing.Outputs;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.ClientMoney.Payments.PaymentsTestData;

namespace CaseTrak.IntegrationTests.ClientMoney.Payments;

public sealed class CloseGateTests(TestApp app)
{
    private const string Returns = "/api/v1/client-money/balance-returns";

    [Fact]
    public async Task A_matter_holding_client_money_cannot_close_and_gets_one_balance_return_with_a_letter_to_the_client()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 75_25);
        var close = $"/api/v1/matters/{matter}/close";

        var blocked = await firm.Admin.PostAsync(close, null).ExpectJsonAsync(422);
        Assert.Contains("matter.client_balance", blocked.GetProperty("codes").Strings());
        Assert.Contains("£75.25", blocked.GetProperty("detail").GetString());
        await firm.Admin.PostAsync(close, null).ExpectAsync(422);

        var task = Assert.Single((await firm.Admin.GetAsync($"{Returns}?status=open").ExpectJsonAsync(200)).Items());
        Assert.Equal(matter, task.GetProperty("matterId").GetGuid());
        Assert.Equal(75_25, task.GetProperty("amountMinor").GetInt64());
        Assert.Equal(firm.Owner.Id, task.GetProperty("assignedToUserId").GetGuid());
        Assert.Equal(DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd"), task.Str("dueOn"));
        Assert.Single(await firm.AuditAsync("&action=BalanceReturnRaised"));

        var letter = await firm.Admin.GetAsync($"{Returns}/{task.Id()}/letter").ExpectAsync(200);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        var text = OutputTestData.PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains(firm.Name, text);
        Assert.Contains("£75.25", text);
        Assert.Contains(task.Str("matterReference"), text);
        Assert.Contains("Carol Client", text);
        Assert.Contains("2 Market Street", text);
        Assert.Contains("Why we hold it", text);

        // Paid back to the client: the matter now closes, and the task is done.
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var refund = await firm.Admin.RequestAsync(matter, account, 75_25, new { payee = "Carol Client", purpose = "Return of balance" }).ExpectJsonAsync(201);
        await partner.Client.PostAsync($"{PaymentsUrl}/{refund.Id()}/approve", null).ExpectAsync(200);
        await firm.Admin.PostAsync($"{Returns}/{task.Id()}/done", null).ExpectAsync(200);
        await firm.Admin.PostAsync(close, null).ExpectAsync(200);
        Assert.Empty((await firm.Admin.GetAsync($"{Returns}?status=open").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_matter_with_no_client_money_closes_without_a_balance_return()
    {
        var (firm, matter, _) = await FirmWithMoneyAsync(app, 0);
        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(200);
        Assert.Empty((await firm.Admin.GetAsync(Returns).ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Another_firms_or_a_barred_matters_balance_return_is_not_found()
    {
        var (firm, matter, _) = await FirmWithMoneyAsync(app, 10_00);
        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(422);
        var task = Assert.Single((await firm.Admin.GetAsync(Returns).ExpectJsonAsync(200)).Items());
        var stranger = await TestFirm.CreateAsync(app);
        var barred = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        await firm.BarAsync(matter);

        foreach (var client in new[] { stranger.Admin, barred.Client })
        {
            await client.GetAsync($"{Returns}/{task.Id()}/letter").ExpectAsync(404);
            await client.PostAsync($"{Returns}/{task.Id()}/done", null).ExpectAsync(404);
            Assert.Empty((await client.GetAsync(Returns).ExpectJsonAsync(200)).Items());
        }
    }
}
