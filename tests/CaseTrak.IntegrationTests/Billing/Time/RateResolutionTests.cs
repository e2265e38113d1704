using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class RateResolutionTests(TestApp app)
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public async Task Each_more_specific_rate_overrides_the_less_specific_one_and_says_why()
    {
        var firm = await TestFirm.CreateAsync(app);
        var feeEarner = await firm.AddUserAsync("feeEarner");
        var (matter, client) = await firm.OpenBillableMatterAsync();
        var url = $"/api/v1/rates/resolve?userId={feeEarner.Id}&matterId={matter}&activityCode=A103&date=2026-06-01";

        async Task<(long Rate, string Working)> Resolve()
        {
            var r = await firm.Admin.GetAsync(url).ExpectJsonAsync(200);
            return (r.Long("hourlyRateMinor"), r.Str("working"));
        }

        Assert.Equal((0, "No rate applies: set a firm default rate."), await Resolve());
        await firm.FirmRateAsync(10_000, Start);
        Assert.Equal((10_000, "Firm default rate from 1 Jan 2026"), await Resolve());
        await firm.SetRateAsync(new { scope = "grade", grade = "B", hourlyRateMinor = 20_000, effectiveFrom = Iso(Start) });
        Assert.Equal(10_000, (await Resolve()).Rate); // the fee earner has no grade yet
        var profile = await firm.Admin.GetAsync($"/api/v1/users/{feeEarner.Id}/fee-earner-profile").ExpectAsync(200);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{feeEarner.Id}/fee-earner-profile", new { grade = "B", targetMinutesPerDay = 300 },
            profile.ETag()).ExpectAsync(200);
        Assert.Equal((20_000, "Grade B rate from 1 Jan 2026"), await Resolve());
        await firm.SetRateAsync(new { scope = "feeEarner", userId = feeEarner.Id, hourlyRateMinor = 30_000, effectiveFrom = Iso(Start) });
        Assert.Equal((30_000, "Fee earner's own rate from 1 Jan 2026"), await Resolve());
        await firm.SetRateAsync(new { scope = "client", clientId = client, hourlyRateMinor = 40_000, effectiveFrom = Iso(Start) });
        Assert.Equal((40_000, "Client rate from 1 Jan 2026"), await Resolve());
        await firm.SetRateAsync(new { scope = "matter", matterId = matter, hourlyRateMinor = 50_000, effectiveFrom = Iso(Start) });
        Assert.Equal((50_000, "Matter rate from 1 Jan 2026"), await Resolve());
        await firm.SetRateAsync(new { scope = "matterActivity", matterId = matter, activityCode = "A103", hourlyRateMinor = 60_000, effectiveFrom = Iso(Start) });
        Assert.Equal((60_000, "Matter rate for A103 from 1 Jan 2026"), await Resolve());

        var otherActivity = await firm.Admin.GetAsync(url.Replace("A103", "A104")).ExpectJsonAsync(200);
        Assert.Equal(50_000, otherActivity.Long("hourlyRateMinor"));
        var otherFeeEarnerOnAnotherMatter = await firm.Admin.GetAsync(
            $"/api/v1/rates/resolve?userId={firm.Owner.Id}&matterId={(await firm.OpenBillableMatterAsync()).Matter}&date=2026-06-01").ExpectJsonAsync(200);
        Assert.Equal(10_000, otherFeeEarnerOnAnotherMatter.Long("hourlyRateMinor"));
    }

    [Fact]
    public async Task A_later_rate_applies_only_from_its_day_and_earlier_time_keeps_its_value()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(12_000, new DateOnly(2026, 1, 1));
        var before = await firm.RecordTimeAsync(matter, 60, new DateOnly(2026, 3, 31));

        await firm.SetRateAsync(new { scope = "matter", matterId = matter, hourlyRateMinor = 18_000, effectiveFrom = "2026-04-01" });
        var dayBefore = await firm.RecordTimeAsync(matter, 60, new DateOnly(2026, 3, 31));
        var onTheDay = await firm.RecordTimeAsync(matter, 60, new DateOnly(2026, 4, 1));

        Assert.Equal(12_000, dayBefore.Long("rateMinor"));
        Assert.Equal(18_000, onTheDay.Long("rateMinor"));
        Assert.Equal(18_000, onTheDay.Long("valueMinor"));
        var kept = await firm.Admin.GetAsync($"/api/v1/time-entries/{before.Id()}").ExpectJsonAsync(200);
        Assert.Equal(12_000, kept.Long("rateMinor"));
        Assert.Equal(12_000, kept.Long("valueMinor"));
        Assert.Equal(before.Int("version"), kept.Int("version"));
    }

    [Fact]
    public async Task Only_a_partner_or_administrator_sets_rates_and_each_scope_needs_its_own_qualifier()
    {
        var firm = await TestFirm.CreateAsync(app);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var rate = new { scope = "firmDefault", hourlyRateMinor = 15_000, effectiveFrom = "2026-01-01" };

        await feeEarner.Client.PostAsJsonAsync("/api/v1/rates", rate).ExpectAsync(403);
        await partner.Client.PostAsJsonAsync("/api/v1/rates", rate).ExpectAsync(201);
        var missing = await firm.Admin.PostAsJsonAsync("/api/v1/rates", new { scope = "matter", hourlyRateMinor = 1, effectiveFrom = "2026-01-01" }).ExpectJsonAsync(400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("matterId", out _));
        var extra = await firm.Admin.PostAsJsonAsync("/api/v1/rates", new { scope = "grade", grade = "A", userId = firm.Owner.Id, hourlyRateMinor = 1, effectiveFrom = "2026-01-01" })
            .ExpectJsonAsync(400);
        Assert.True(extra.GetProperty("errors").TryGetProperty("userId", out _));
        var negative = await firm.Admin.PostAsJsonAsync("/api/v1/rates", new { scope = "firmDefault", hourlyRateMinor = -1, effectiveFrom = "2026-01-01" }).ExpectJsonAsync(400);
        Assert.True(negative.GetProperty("errors").TryGetProperty("hourlyRateMinor", out _));

        var list = (await feeEarner.Client.GetAsync("/api/v1/rates").ExpectJsonAsync(200)).Items();
        Assert.Equal(15_000, Assert.Single(list).Long("hourlyRateMinor"));
        Assert.Equal("GBP", list[0].Str("currency"));
    }
}
