using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class ResidualBalanceTests(TestApp app)
{
    private static object Body(Guid matter, Guid account, long pence, string? steps = "Letters to last known address on 1 and 15 Sep; tracing agent search 2 Oct.",
        string? authority = null, string? charity = "Shelter", string? number = "263710") => new
    {
        matterId = matter, bankAccountId = account, amountMinor = pence, ownerName = "Arthur Dent", tracingSteps = steps,
        charityName = charity, charityNumber = number, sraAuthorityReference = authority, paidOn = RegistersWorld.Iso(RegistersWorld.Today),
    };

    [Fact]
    public async Task Over_five_hundred_pounds_without_an_sra_authority_is_refused_and_nothing_is_recorded()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 800_00, RegistersWorld.Today.AddDays(-3));

        var refused = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/residual-balances", Body(matter.Id(), w.Account, 500_01)).ExpectJsonAsync(422);

        Assert.Equal("client_money.sra_authority_required", refused.Code());
        Assert.Empty((await w.Firm.Admin.GetAsync("/api/v1/client-money/residual-balances").ExpectJsonAsync(200)).Items());
        Assert.Empty((await w.Firm.Admin.GetAsync("/api/v1/client-money/payments").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Up_to_five_hundred_pounds_with_tracing_steps_records_the_register_entry_and_asks_for_the_payment_to_charity()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 500_00, RegistersWorld.Today.AddDays(-3));

        var noSteps = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/residual-balances", Body(matter.Id(), w.Account, 500_00, steps: " ")).ExpectJsonAsync(422);
        Assert.Equal("client_money.tracing_steps_required", noSteps.Code());
        var noCharity = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/residual-balances", Body(matter.Id(), w.Account, 500_00, number: null)).ExpectJsonAsync(422);
        Assert.Equal("client_money.charity_required", noCharity.Code());
        var tooMuch = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/residual-balances",
            Body(matter.Id(), w.Account, 600_00, authority: "SRA/2026/123")).ExpectJsonAsync(422);
        Assert.Equal("client_money.insufficient_funds", tooMuch.Code());

        var recorded = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/residual-balances", Body(matter.Id(), w.Account, 500_00)).ExpectJsonAsync(201);

        Assert.Equal(500_00, recorded.GetProperty("amountMinor").GetInt64());
        Assert.Equal("requested", recorded.Str("paymentStatus"));
        var payment = await w.Firm.Admin.GetAsync($"/api/v1/client-money/payments/{recorded.GetProperty("paymentId").GetGuid()}").ExpectJsonAsync(200);
        Assert.Equal("Residual client balance paid to charity", payment.Str("purpose"));
        Assert.Equal("Shelter", payment.Str("payee"));
        Assert.Contains("tracing agent", payment.Str("instruction"), StringComparison.Ordinal);
        Assert.Equal(500_00, payment.GetProperty("amountMinor").GetInt64());
        var listed = Assert.Single((await w.Firm.Admin.GetAsync("/api/v1/client-money/residual-balances").ExpectJsonAsync(200)).Items());
        Assert.Equal("263710", listed.Str("charityNumber"));
        // Nothing is paid until the payment is approved: the balance still stands.
        var balances = await w.Firm.Admin.GetAsync("/api/v1/client-money/balances").ExpectJsonAsync(200);
        Assert.Equal(500_00, balances.GetProperty("totalMinor").GetInt64());
        Assert.Single(await w.Firm.AuditAsync("&action=ResidualBalanceRecorded"));
    }

    [Fact]
    public async Task A_cashier_may_not_record_a_residual_balance()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 100_00, RegistersWorld.Today);
        var cashier = await w.SessionAsync("cashier");
        await cashier.Client.PostAsJsonAsync("/api/v1/client-money/residual-balances", Body(matter.Id(), w.Account, 100_00)).ExpectAsync(403);
    }
}
