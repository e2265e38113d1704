using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class DormantBalanceTests(TestApp app)
{
    [Fact]
    public async Task Balances_untouched_for_longer_than_the_dormancy_period_are_listed_by_age_the_oldest_first()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var today = RegistersWorld.Today;
        var ancient = await w.Firm.OpenMatterAsync(title: "Estate of the late A Smith");
        var old = await w.Firm.OpenMatterAsync(title: "Sale of 3 Mill Lane");
        var recent = await w.Firm.OpenMatterAsync(title: "Purchase of 4 New Street");
        await w.ReceiveAsync(ancient.Id(), 75_00, today.AddYears(-7));
        await w.ReceiveAsync(old.Id(), 300_00, today.AddDays(-400));
        await w.ReceiveAsync(recent.Id(), 900_00, today.AddDays(-400));
        await w.PayAsync(recent.Id(), 100_00, today.AddDays(-30));

        var d = await w.Firm.Admin.GetAsync("/api/v1/client-money/dormant-balances").ExpectJsonAsync(200);

        Assert.Equal(365, d.GetProperty("dormantAfterDays").GetInt32());
        var items = d.Items();
        Assert.Equal([ancient.Id(), old.Id()], items.Select(i => i.GetProperty("matterId").GetGuid()));
        Assert.Equal("Over 6 years", items[0].Str("ageBucket"));
        Assert.Equal("1–2 years", items[1].Str("ageBucket"));
        Assert.Equal(375_00, d.GetProperty("totalMinor").GetInt64());
        var buckets = d.GetProperty("buckets").EnumerateArray().ToDictionary(b => b.Str("name"), b => b.GetProperty("balanceMinor").GetInt64());
        Assert.Equal(300_00, buckets["1–2 years"]);
        Assert.Equal(0, buckets["2–6 years"]);
        Assert.Equal(75_00, buckets["Over 6 years"]);

        await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", new { dormantAfterDays = 2000 }, "*").ExpectAsync(200);
        var later = await w.Firm.Admin.GetAsync("/api/v1/client-money/dormant-balances").ExpectJsonAsync(200);
        Assert.Equal(ancient.Id(), Assert.Single(later.Items()).GetProperty("matterId").GetGuid());
    }
}
