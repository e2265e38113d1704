using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class AccountantsReportTests(TestApp app)
{
    [Fact]
    public async Task Eight_thousand_pounds_for_twenty_days_then_fifteen_thousand_for_ten_averages_over_ten_thousand_so_a_report_is_needed()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var open = await w.Firm.OpenMatterAsync();
        var secret = await w.BarredMatterAsync("Confidential merger");
        // £8,000 held from before the period; £7,000 more (on a barred matter: still the firm's client money) from day 21.
        await w.ReceiveAsync(open.Id(), 10_000_00, new DateOnly(2026, 3, 10));
        await w.PayAsync(open.Id(), 2_000_00, new DateOnly(2026, 3, 20));
        await w.ReceiveAsync(secret.Id(), 7_000_00, new DateOnly(2026, 4, 21));
        await w.ReceiveAsync(open.Id(), 50_000_00, new DateOnly(2026, 5, 1)); // after the period
        var cashier = await w.SessionAsync("cashier");

        var r = await cashier.Client.GetAsync("/api/v1/client-money/accountants-report?from=2026-04-01&to=2026-04-30").ExpectJsonAsync(200);

        // By hand: (8,000 × 20 days + 15,000 × 10 days) / 30 days = 310,000 / 30 = £10,333.33.
        Assert.Equal(8_000_00, r.GetProperty("openingMinor").GetInt64());
        Assert.Equal(1_033_333, r.GetProperty("averageMinor").GetInt64());
        Assert.Equal(15_000_00, r.GetProperty("maximumMinor").GetInt64());
        Assert.Equal("2026-04-21", r.Str("maximumOn"));
        Assert.False(r.GetProperty("exempt").GetBoolean());
        Assert.Contains("accountant's report is needed", r.Str("reason"), StringComparison.Ordinal);
        var days = r.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        Assert.Equal(8_000_00, days[19].GetProperty("balanceMinor").GetInt64());
        Assert.Equal(15_000_00, days[20].GetProperty("balanceMinor").GetInt64());
    }

    [Fact]
    public async Task A_small_steady_balance_is_exempt_and_the_page_shows_the_figures()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 3_000_00, new DateOnly(2026, 1, 1));
        await w.ReceiveAsync(matter.Id(), 1_000_00, new DateOnly(2026, 1, 16));

        var r = await w.Firm.Admin.GetAsync("/api/v1/client-money/accountants-report?from=2026-01-01&to=2026-01-31").ExpectJsonAsync(200);

        // (3,000 × 15 + 4,000 × 16) / 31 = 109,000 / 31 = £3,516.129… → £3,516.13.
        Assert.Equal(351_613, r.GetProperty("averageMinor").GetInt64());
        Assert.Equal(4_000_00, r.GetProperty("maximumMinor").GetInt64());
        Assert.True(r.GetProperty("exempt").GetBoolean());
        var page = WebUtility.HtmlDecode(await w.Firm.Admin.GetStringAsync("/client-money/accountants-report?from=2026-01-01&to=2026-01-31"));
        Assert.Contains("£3,516.13", page, StringComparison.Ordinal);
        Assert.Contains("Exempt", page, StringComparison.Ordinal);
    }
}
