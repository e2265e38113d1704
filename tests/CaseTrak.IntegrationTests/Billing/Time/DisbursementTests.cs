using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class DisbursementTests(TestApp app)
{
    [Fact]
    public async Task A_recharge_takes_the_standard_rate_and_an_agent_disbursement_takes_no_vat()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();

        var courier = await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = Iso(Today), description = "Courier to counsel", amountMinor = 2_345, isAgentDisbursement = false, supplier = "Speedy Ltd",
        }).ExpectJsonAsync(201);
        var searchFee = await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = Iso(Today), description = "HM Land Registry official copies", amountMinor = 700, vatRateBp = 0,
            isAgentDisbursement = true, paidOn = Iso(Today),
        }).ExpectJsonAsync(201);
        var refused = await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = Iso(Today), description = "Court fee", amountMinor = 10_000, vatRateBp = 2000, isAgentDisbursement = true,
        }).ExpectJsonAsync(400);

        Assert.Equal((2000, 469L, false), (courier.Int("vatRateBp"), courier.Long("vatMinor"), courier.GetProperty("paid").GetBoolean()));
        Assert.Equal((0, 0L, true), (searchFee.Int("vatRateBp"), searchFee.Long("vatMinor"), searchFee.GetProperty("paid").GetBoolean()));
        Assert.Contains("outside the scope of VAT", refused.GetProperty("errors").GetProperty("vatRateBp")[0].GetString());
        var listed = (await firm.Admin.GetAsync($"/api/v1/disbursements?matterId={matter}").ExpectJsonAsync(200)).Items();
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task An_unbilled_disbursement_is_edited_and_deleted_but_not_in_the_locked_period()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var created = await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = "2026-02-10", description = "Travel", amountMinor = 5_000, isAgentDisbursement = false,
        }).ExpectAsync(201);
        var id = (await created.JsonAsync()).Id();

        var edited = await firm.Admin.PatchJsonAsync($"/api/v1/disbursements/{id}", new { amountMinor = 6_000, paid = true }, created.ETag()).ExpectJsonAsync(200);
        Assert.Equal((6_000L, 1_200L, true), (edited.Long("amountMinor"), edited.Long("vatMinor"), edited.GetProperty("paid").GetBoolean()));
        await firm.PatchSettingsAsync(new { lockedThrough = "2026-02-28" });
        Assert.Equal("billing.period_locked", (await firm.Admin.DeleteAsync($"/api/v1/disbursements/{id}").ExpectJsonAsync(422)).Code());
        Assert.Equal("billing.period_locked", (await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = "2026-02-28", description = "Travel", amountMinor = 5_000, isAgentDisbursement = false,
        }).ExpectJsonAsync(422)).Code());

        await firm.PatchSettingsAsync(new { clear = new[] { "lockedThrough" } });
        await firm.Admin.DeleteAsync($"/api/v1/disbursements/{id}").ExpectAsync(204);
        Assert.Empty((await firm.Admin.GetAsync($"/api/v1/disbursements?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Activity_codes_list_the_firms_own_then_utbms_and_time_takes_only_known_codes()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.Admin.PostAsJsonAsync("/api/v1/activity-codes", new { code = "att", name = "Attendance" }).ExpectAsync(201);

        var codes = (await firm.Admin.GetAsync("/api/v1/activity-codes").ExpectJsonAsync(200)).Items();
        var unknown = await firm.Admin.PostTimeAsync(new { matterId = matter, minutes = 6, narrative = "Call", activityCode = "ZZZ" }).ExpectJsonAsync(400);
        var coded = await firm.Admin.PostTimeAsync(new { matterId = matter, minutes = 6, narrative = "Call", activityCode = "ATT", taskCode = "l120" }).ExpectJsonAsync(201);

        Assert.Equal(("ATT", "firm"), (codes[0].Str("code"), codes[0].Str("source")));
        Assert.Contains(codes, c => c.Str("code") == "A103" && c.Str("kind") == "activity");
        Assert.Contains(codes, c => c.Str("code") == "L110" && c.Str("kind") == "task");
        Assert.True(unknown.GetProperty("errors").TryGetProperty("activityCode", out _));
        Assert.Equal(("ATT", "L120"), (coded.Str("activityCode"), coded.Str("taskCode")));
    }
}
