using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class BreachRegisterTests(TestApp app)
{
    [Fact]
    public async Task A_breach_is_recorded_then_corrected_once_with_the_version_it_was_read_at()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        var cashier = await w.SessionAsync("cashier");
        var today = RegistersWorld.Today;

        var created = await cashier.Client.PostAsJsonAsync("/api/v1/client-money/breaches", new
        {
            rule = "AR 5.3", description = "Payment posted to the wrong matter took it into debit.", matterId = matter.Id(), bankAccountId = w.Account,
            amountMinor = 120_00, occurredOn = RegistersWorld.Iso(today.AddDays(-4)), discoveredOn = RegistersWorld.Iso(today.AddDays(-2)),
        }).ExpectAsync(201);
        var breach = await created.JsonAsync();
        var url = $"/api/v1/client-money/breaches/{breach.Id()}";
        Assert.Equal(matter.Str("reference"), breach.Str("matterReference"));
        Assert.False(breach.GetProperty("automatic").GetBoolean());
        var etag = created.ETag();

        var correction = new { correctedOn = RegistersWorld.Iso(today), correction = "Office money of £120.00 paid in to clear the debit." };
        await cashier.Client.PatchJsonAsync(url, correction, null).ExpectAsync(428);
        await cashier.Client.PatchJsonAsync(url, correction, "\"7\"").ExpectAsync(412);
        var corrected = await cashier.Client.PatchJsonAsync(url, correction, etag).ExpectJsonAsync(200);
        Assert.Equal(RegistersWorld.Iso(today), corrected.Str("correctedOn"));
        var again = await cashier.Client.PatchJsonAsync(url, correction, "*").ExpectJsonAsync(409);
        Assert.Equal("client_money.breach_corrected", again.Code());

        var open = await cashier.Client.GetAsync("/api/v1/client-money/breaches?open=true").ExpectJsonAsync(200);
        Assert.Empty(open.Items());
        var all = Assert.Single((await cashier.Client.GetAsync("/api/v1/client-money/breaches").ExpectJsonAsync(200)).Items());
        Assert.Equal("Office money of £120.00 paid in to clear the debit.", all.Str("correction"));
        Assert.Single(await w.Firm.AuditAsync("&action=BreachRecorded"));
        Assert.Single(await w.Firm.AuditAsync("&action=BreachCorrected"));
    }

    [Fact]
    public async Task A_breach_found_before_it_happened_is_refused_and_a_fee_earner_may_not_record_one()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var today = RegistersWorld.Today;
        var bad = await w.Firm.Admin.PostAsJsonAsync("/api/v1/client-money/breaches", new
        {
            rule = "AR 8.3", description = "Late reconciliation.", occurredOn = RegistersWorld.Iso(today), discoveredOn = RegistersWorld.Iso(today.AddDays(-1)),
        }).ExpectJsonAsync(400);
        Assert.True(bad.GetProperty("errors").TryGetProperty("discoveredOn", out _));
        var feeEarner = await w.SessionAsync("feeEarner");
        await feeEarner.Client.PostAsJsonAsync("/api/v1/client-money/breaches", new
        {
            rule = "AR 8.3", description = "Late reconciliation.", occurredOn = RegistersWorld.Iso(today), discoveredOn = RegistersWorld.Iso(today),
        }).ExpectAsync(403);
        Assert.Empty((await w.Firm.Admin.GetAsync("/api/v1/client-money/breaches").ExpectJsonAsync(200)).Items());
    }
}
