using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class FixedFeeTests(TestApp app)
{
    [Fact]
    public async Task Time_on_a_fixed_fee_matter_stays_billable_at_its_value()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(24_000);
        var current = await firm.Admin.GetAsync($"/api/v1/matters/{matter}/fee-arrangement").ExpectAsync(200);
        var arrangement = await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/fee-arrangement", new
        {
            kind = "fixedFee", amountMinor = 150_000,
            stages = new object[] { new { name = "Exchange of contracts", amountMinor = 90_000 }, new { name = "Completion", amountMinor = 60_000, vatRateBp = 2000 } },
        }, current.ETag()).ExpectJsonAsync(200);
        Assert.Equal("fixedFee", arrangement.Str("kind"));
        Assert.Equal([2000, 2000], arrangement.GetProperty("stages").EnumerateArray().Select(s => s.Int("vatRateBp")));

        var entry = await firm.RecordTimeAsync(matter, 90);

        Assert.Equal("billable", entry.Str("billability"));
        Assert.Equal(36_000, entry.Long("valueMinor"));
    }

    [Fact]
    public async Task Fixed_fee_stages_must_add_up_to_the_fee()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();

        var refused = await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/fee-arrangement", new
        {
            kind = "fixedFee", amountMinor = 100_000, stages = new object[] { new { name = "Exchange", amountMinor = 50_000 } },
        }, "\"0\"").ExpectJsonAsync(400);

        Assert.Contains("£500.00", refused.GetProperty("errors").GetProperty("stages")[0].GetString());
        Assert.Equal("hourly", (await firm.Admin.GetAsync($"/api/v1/matters/{matter}/fee-arrangement").ExpectJsonAsync(200)).Str("kind"));
    }
}
