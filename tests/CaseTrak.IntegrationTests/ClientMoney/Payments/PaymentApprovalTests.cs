using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.ClientMoney.Payments.PaymentsTestData;

namespace CaseTrak.IntegrationTests.ClientMoney.Payments;

public sealed class PaymentApprovalTests(TestApp app)
{
    [Fact]
    public async Task Eight_parallel_approvals_of_thirty_pounds_on_one_hundred_pounds_pay_exactly_three_and_leave_ten_pounds()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var requester = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var ids = new List<Guid>();
        // Each request fits the balance when made; together they do not.
        for (var i = 0; i < 8; i++)
            ids.Add((await requester.Client.RequestAsync(matter, account, 30_00).ExpectJsonAsync(201)).Id());

        var answers = await Task.WhenAll(ids.Select(id => partner.Client.PostAsync($"{PaymentsUrl}/{id}/approve", null)));

        Assert.Equal(3, answers.Count(a => (int)a.StatusCode == 200));
        foreach (var refused in answers.Where(a => (int)a.StatusCode != 200))
            Assert.Equal("client_money.insufficient_funds", (await refused.ExpectJsonAsync(422)).Code());
        Assert.Equal((10_00L, 10_00L), await firm.BalanceAsync(matter));
        var paid = (await firm.Admin.GetAsync($"{PaymentsUrl}?status=paid&matterId={matter}").ExpectJsonAsync(200)).Items();
        Assert.Equal(3, paid.Count);
        Assert.All(paid, p => Assert.StartsWith("J-", p.Str("journalNumber")));
        Assert.Equal(5, (await firm.Admin.GetAsync($"{PaymentsUrl}?status=requested").ExpectJsonAsync(200)).Items().Count);
    }

    [Fact]
    public async Task The_requester_may_not_approve_their_own_payment_and_a_fee_earner_may_not_approve_at_all()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 500_00);
        var partnerUser = await firm.AddUserAsync("partner");
        var partner = await firm.SignInAsync(partnerUser);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var cashier = await firm.SignInAsync(await firm.AddUserAsync("cashier"));
        var own = await partner.Client.RequestAsync(matter, account, 50_00).ExpectJsonAsync(201);
        var other = await cashier.Client.RequestAsync(matter, account, 50_00).ExpectJsonAsync(201);

        Assert.Equal("payment.own_request", (await partner.Client.PostAsync($"{PaymentsUrl}/{own.Id()}/approve", null).ExpectJsonAsync(403)).Code());
        await feeEarner.Client.PostAsync($"{PaymentsUrl}/{other.Id()}/approve", null).ExpectAsync(403);
        await cashier.Client.PostAsync($"{PaymentsUrl}/{own.Id()}/approve", null).ExpectAsync(403);

        Assert.Equal((500_00L, 500_00L), await firm.BalanceAsync(matter));
        Assert.Equal("requested", (await firm.Admin.GetAsync($"{PaymentsUrl}/{own.Id()}").ExpectJsonAsync(200)).Str("status"));
        var approved = await firm.Admin.PostAsync($"{PaymentsUrl}/{own.Id()}/approve", null).ExpectJsonAsync(200);
        Assert.Equal("paid", approved.Str("status"));
        Assert.Equal((450_00L, 450_00L), await firm.BalanceAsync(matter));
        var trail = approved.GetProperty("trail").EnumerateArray().ToList();
        Assert.Equal(["requested", "approved", "paid"], trail.Select(t => t.Str("step")));
        Assert.Equal(partnerUser.DisplayName, trail[0].Str("userName"));
        Assert.Equal(firm.Owner.DisplayName, trail[1].Str("userName"));
    }

    [Fact]
    public async Task A_payment_above_the_threshold_needs_a_second_different_approver_before_it_is_paid()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 20_000_00);
        var first = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var cofa = await firm.SignInAsync(await firm.AddUserAsync(["feeEarner"], null, ["cofa"]));
        var requested = await firm.Admin.RequestAsync(matter, account, 15_000_00).ExpectJsonAsync(201);
        Assert.True(requested.GetProperty("needsSecondApproval").GetBoolean());
        var url = $"{PaymentsUrl}/{requested.Id()}/approve";

        var once = await first.Client.PostAsync(url, null).ExpectJsonAsync(200);
        Assert.Equal("approved", once.Str("status"));
        Assert.True(once.GetProperty("awaitingSecondApproval").GetBoolean());
        Assert.Equal((20_000_00L, 20_000_00L), await firm.BalanceAsync(matter));
        Assert.Equal("payment.same_approver", (await first.Client.PostAsync(url, null).ExpectJsonAsync(403)).Code());
        Assert.Equal("payment.own_request", (await firm.Admin.PostAsync(url, null).ExpectJsonAsync(403)).Code());

        var twice = await cofa.Client.PostAsync(url, null).ExpectJsonAsync(200);
        Assert.Equal("paid", twice.Str("status"));
        Assert.Equal(["requested", "approved", "secondApproval", "paid"], twice.GetProperty("trail").EnumerateArray().Select(t => t.Str("step")));
        Assert.Equal((5_000_00L, 5_000_00L), await firm.BalanceAsync(matter));
        await cofa.Client.PostAsync(url, null).ExpectAsync(409);
    }

    [Fact]
    public async Task A_rejected_or_cancelled_request_moves_no_money_and_can_no_longer_be_approved()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var requesterUser = await firm.AddUserAsync("feeEarner");
        var requester = await firm.SignInAsync(requesterUser);
        var journals = await firm.JournalCountAsync();
        var one = await requester.Client.RequestAsync(matter, account, 40_00).ExpectJsonAsync(201);
        var two = await requester.Client.RequestAsync(matter, account, 40_00).ExpectJsonAsync(201);

        await partner.Client.PostAsJsonAsync($"{PaymentsUrl}/{one.Id()}/reject", new { reason = "" }).ExpectAsync(400);
        var rejected = await partner.Client.PostAsJsonAsync($"{PaymentsUrl}/{one.Id()}/reject", new { reason = "No signed instruction on file" }).ExpectJsonAsync(200);
        Assert.Equal("rejected", rejected.Str("status"));
        Assert.Equal("No signed instruction on file", rejected.Str("rejectionReason"));
        var cancelled = await requester.Client.PostAsync($"{PaymentsUrl}/{two.Id()}/cancel", null).ExpectJsonAsync(200);
        Assert.Equal("cancelled", cancelled.Str("status"));
        Assert.Equal(requesterUser.DisplayName, cancelled.GetProperty("trail").EnumerateArray().Last().Str("userName"));

        await partner.Client.PostAsync($"{PaymentsUrl}/{one.Id()}/approve", null).ExpectAsync(409);
        await partner.Client.PostAsync($"{PaymentsUrl}/{two.Id()}/approve", null).ExpectAsync(409);
        Assert.Equal((100_00L, 100_00L), await firm.BalanceAsync(matter));
        Assert.Equal(journals, await firm.JournalCountAsync());
    }

    [Fact]
    public async Task A_request_needs_purpose_and_instruction_and_may_not_exceed_the_balance_even_when_asked()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var noPurpose = await firm.Admin.RequestAsync(matter, account, 10_00, new { purpose = " " }).ExpectJsonAsync(400);
        Assert.True(noPurpose.GetProperty("errors").TryGetProperty("purpose", out _));
        await firm.Admin.RequestAsync(matter, account, 10_00, new { instruction = (string?)null }).ExpectAsync(400);
        Assert.Equal("client_money.insufficient_funds", (await firm.Admin.RequestAsync(matter, account, 100_01).ExpectJsonAsync(422)).Code());
        Assert.Empty((await firm.Admin.GetAsync($"{PaymentsUrl}?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Paying_a_disbursement_from_client_money_marks_it_paid()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var disbursement = await firm.RecordDisbursementAsync(matter, 25_00, description: "Search fee");
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var request = await firm.Admin.RequestAsync(matter, account, 25_00, new { disbursementId = disbursement }).ExpectJsonAsync(201);

        await partner.Client.PostAsync($"{PaymentsUrl}/{request.Id()}/approve", null).ExpectAsync(200);

        var row = (await firm.Admin.GetAsync($"/api/v1/disbursements?matterId={matter}").ExpectJsonAsync(200)).Items().Single(d => d.Id() == disbursement);
        Assert.True(row.GetProperty("paid").GetBoolean());
        Assert.Equal(BillTestData.Day(), row.Str("paidOn"));
    }

    [Fact]
    public async Task Another_firms_or_a_barred_matters_payment_is_not_found()
    {
        var (firm, matter, account) = await FirmWithMoneyAsync(app, 100_00);
        var request = await firm.Admin.RequestAsync(matter, account, 10_00).ExpectJsonAsync(201);
        var stranger = await TestFirm.CreateAsync(app);
        var barredUser = await firm.AddUserAsync("partner");
        var barred = await firm.SignInAsync(barredUser);
        await firm.BarAsync(matter);

        foreach (var client in new[] { stranger.Admin, barred.Client })
        {
            await client.GetAsync($"{PaymentsUrl}/{request.Id()}").ExpectAsync(404);
            await client.PostAsync($"{PaymentsUrl}/{request.Id()}/approve", null).ExpectAsync(404);
            await client.RequestAsync(matter, account, 10_00).ExpectAsync(404);
            Assert.Empty((await client.GetAsync(PaymentsUrl).ExpectJsonAsync(200)).Items());
        }
        Assert.Equal((100_00L, 100_00L), await firm.BalanceAsync(matter));
    }
}
