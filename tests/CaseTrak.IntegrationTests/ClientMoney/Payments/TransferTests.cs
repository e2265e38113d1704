using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.ClientMoney.Payments.PaymentsTestData;

namespace CaseTrak.IntegrationTests.ClientMoney.Payments;

public sealed class TransferTests(TestApp app)
{
    [Fact]
    public async Task A_transfer_to_office_pays_a_delivered_bill_from_client_money()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 500_00);
        var bill = await firm.BillAsync(matter);

        var transfer = await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 100_00 }).ExpectJsonAsync(201);

        Assert.Equal("toOffice", transfer.Str("kind"));
        Assert.Equal(account, transfer.GetProperty("bankAccountId").GetGuid());
        Assert.Equal(bill.Str("number"), transfer.Str("invoiceNumber"));
        Assert.Equal((400_00L, 400_00L), await firm.BalanceAsync(matter));
        var after = await firm.GetBillAsync(bill.Id());
        Assert.Equal(100_00, after.Long("paidMinor"));
        Assert.Equal(20_00, after.Long("outstandingMinor"));
        var payment = (await firm.Admin.GetAsync($"/api/v1/payments?clientId={bill.GetProperty("clientId").GetGuid()}").ExpectJsonAsync(200)).Items().Single();
        Assert.Equal("clientAccountTransfer", payment.Str("method"));
        Assert.Single((await firm.Admin.GetAsync($"{TransfersUrl}?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_transfer_against_a_bill_not_yet_delivered_or_above_what_it_owes_is_refused()
    {
        var (firm, matter, _) = await FirmWithMoneyAsync(app, 500_00);
        var undelivered = await firm.BillAsync(matter, delivered: false);
        var delivered = await firm.BillAsync(matter);
        var journals = await firm.JournalCountAsync();

        var notDelivered = await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = undelivered.Id(), amountMinor = 50_00 }).ExpectJsonAsync(422);
        Assert.Equal("transfer.bill_not_delivered", notDelivered.Code());
        var tooMuch = await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = delivered.Id(), amountMinor = 120_01 }).ExpectJsonAsync(422);
        Assert.Equal("transfer.exceeds_bill", tooMuch.Code());
        await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, amountMinor = 10_00 }).ExpectAsync(400);

        Assert.Equal((500_00L, 500_00L), await firm.BalanceAsync(matter));
        Assert.Equal(journals, await firm.JournalCountAsync());
        Assert.Equal(0, (await firm.GetBillAsync(delivered.Id())).Long("paidMinor"));
    }

    [Fact]
    public async Task A_transfer_above_the_client_balance_is_refused_even_when_the_bill_owes_more()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 50_00);
        var bill = await firm.BillAsync(matter);

        var refused = await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 60_00, bankAccountId = account })
            .ExpectJsonAsync(422);

        Assert.Equal("client_money.insufficient_funds", refused.Code());
        Assert.Equal(0, (await firm.GetBillAsync(bill.Id())).Long("paidMinor"));
    }

    [Fact]
    public async Task Parallel_transfers_against_one_bill_never_pay_it_more_than_it_owes()
    {
        var (firm, matter, _) = await FirmWithMoneyAsync(app, 1_000_00);
        var bill = await firm.BillAsync(matter); // £120.00

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 50_00 })));

        Assert.Equal(2, answers.Count(a => (int)a.StatusCode == 201));
        foreach (var refused in answers.Where(a => (int)a.StatusCode != 201))
            Assert.Equal("transfer.exceeds_bill", (await refused.ExpectJsonAsync(422)).Code());
        Assert.Equal(100_00, (await firm.GetBillAsync(bill.Id())).Long("paidMinor"));
        Assert.Equal((900_00L, 900_00L), await firm.BalanceAsync(matter));
    }

    [Fact]
    public async Task A_client_to_client_transfer_needs_the_authority_recorded_and_moves_no_bank_money()
    {
        var (firm, from, account) = await FirmWithMoneyAsync(app, 300_00);
        var to = (await firm.OpenBillableMatterAsync()).Id();

        var refused = await firm.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = from, toMatterId = to, amountMinor = 100_00 }).ExpectJsonAsync(422);
        Assert.Equal("transfer.authority_required", refused.Code());
        var transfer = await firm.Admin.PostAsJsonAsync(TransfersUrl, new
        {
            fromMatterId = from, toMatterId = to, amountMinor = 100_00, authority = "Signed authority from both clients dated 3 November",
        }).ExpectJsonAsync(201);

        Assert.Equal("betweenClients", transfer.Str("kind"));
        Assert.Equal((200_00L, 200_00L), await firm.BalanceAsync(from));
        Assert.Equal((100_00L, 100_00L), await firm.BalanceAsync(to));
        var bankLines = await firm.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<CaseTrak.Web.Features.ClientMoney.LedgerEntry>(), e => e.JournalId == transfer.GetProperty("journalId").GetGuid() && e.MatterId == null));
        Assert.Equal(0, bankLines);
        Assert.Equal(account, transfer.GetProperty("bankAccountId").GetGuid());
    }

    [Fact]
    public async Task Only_bookkeepers_transfer_and_another_firms_or_a_barred_matter_is_not_found()
    {
        var (firm, matter, _) = await FirmWithMoneyAsync(app, 300_00);
        var bill = await firm.BillAsync(matter);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        await feeEarner.Client.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 10_00 }).ExpectAsync(403);

        var stranger = await TestFirm.CreateAsync(app);
        await stranger.Admin.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 10_00 }).ExpectAsync(404);
        var barred = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        await firm.BarAsync(matter);
        await barred.Client.PostAsJsonAsync(TransfersUrl, new { fromMatterId = matter, invoiceId = bill.Id(), amountMinor = 10_00 }).ExpectAsync(404);
        Assert.Equal((300_00L, 300_00L), await firm.BalanceAsync(matter));
    }
}
