using CaseTrak.IntegrationTests.Matters;
namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class TimeUnitTests(TestApp app)
{
    [Fact]
    public async Task Seven_minutes_rounds_up_to_two_six_minute_units_and_is_valued_on_the_units()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(25_000);

        var entry = await firm.RecordTimeAsync(matter, 7);

        Assert.Equal(7, entry.Int("minutes"));
        Assert.Equal(6, entry.Int("unitMinutes"));
        Assert.Equal(2, entry.Int("units"));
        Assert.Equal(25_000, entry.Long("rateMinor"));
        Assert.Equal(5_000, entry.Long("valueMinor")); // 12 minutes at £250 an hour
        Assert.Equal("GBP", entry.Str("currency"));
        Assert.Equal("billable", entry.Str("billability"));
        Assert.Equal("unbilled", entry.Str("status"));
        Assert.Equal("notRequired", entry.Str("approval"));
        Assert.Equal(firm.Owner.Id, entry.GetProperty("userId").GetGuid());
        Assert.Equal(firm.Owner.Id, entry.GetProperty("recordedByUserId").GetGuid());
    }

    [Fact]
    public async Task The_matter_unit_beats_the_client_unit_which_beats_the_firm_unit()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(6_000);
        await firm.PatchSettingsAsync(new { timeUnitMinutes = 15 });
        var (firmUnitMatter, _) = await firm.OpenBillableMatterAsync();
        var (clientUnitMatter, client) = await firm.OpenBillableMatterAsync();
        var (matterUnitMatter, _) = await firm.OpenBillableMatterAsync(clientId: client, title: "Lease of 2 High Street");
        var terms = await firm.Admin.GetAsync($"/api/v1/contacts/{client}/billing-terms").ExpectAsync(200);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/contacts/{client}/billing-terms", new { timeUnitMinutes = 10 }, terms.ETag()).ExpectAsync(200);
        var arrangement = await firm.Admin.GetAsync($"/api/v1/matters/{matterUnitMatter}/fee-arrangement").ExpectAsync(200);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matterUnitMatter}/fee-arrangement", new { kind = "hourly", timeUnitMinutes = 1 },
            arrangement.ETag()).ExpectAsync(200);

        var inFirmUnits = await firm.RecordTimeAsync(firmUnitMatter, 7);
        var inClientUnits = await firm.RecordTimeAsync(clientUnitMatter, 7);
        var inMatterUnits = await firm.RecordTimeAsync(matterUnitMatter, 7);

        Assert.Equal((15, 1, 1_500L), (inFirmUnits.Int("unitMinutes"), inFirmUnits.Int("units"), inFirmUnits.Long("valueMinor")));
        Assert.Equal((10, 1, 1_000L), (inClientUnits.Int("unitMinutes"), inClientUnits.Int("units"), inClientUnits.Long("valueMinor")));
        Assert.Equal((1, 7, 700L), (inMatterUnits.Int("unitMinutes"), inMatterUnits.Int("units"), inMatterUnits.Long("valueMinor")));
    }

    [Fact]
    public async Task A_time_unit_outside_one_to_sixty_minutes_is_refused_field_by_field()
    {
        var firm = await TestFirm.CreateAsync(app);
        var current = await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectAsync(200);

        var refused = await firm.Admin.PatchJsonAsync("/api/v1/billing/settings", new { timeUnitMinutes = 61 }, current.ETag()).ExpectJsonAsync(400);

        Assert.True(refused.GetProperty("errors").TryGetProperty("timeUnitMinutes", out _));
        Assert.Equal(6, (await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectJsonAsync(200)).Int("timeUnitMinutes"));
    }
}
