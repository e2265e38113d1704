using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class CashBookTests(TestApp app)
{
    [Fact]
    public async Task The_cash_book_brings_the_balance_forward_and_runs_a_balance_through_the_period()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        var start = RegistersWorld.Today.AddDays(-20);
        await w.ReceiveAsync(matter.Id(), 1_000_00, start.AddDays(-3));
        await w.PayAsync(matter.Id(), 300_00, start.AddDays(-1));
        var inPeriod = await w.ReceiveAsync(matter.Id(), 500_00, start.AddDays(2), "Completion monies");
        await w.PayAsync(matter.Id(), 150_00, start.AddDays(5), "Land Registry fee");
        await w.ReceiveAsync(matter.Id(), 99_00, start.AddDays(12)); // after the period

        var book = await w.Firm.Admin.GetAsync($"/api/v1/client-money/cash-book?bankAccountId={w.Account}&from={RegistersWorld.Iso(start)}&to={RegistersWorld.Iso(start.AddDays(10))}")
            .ExpectJsonAsync(200);

        Assert.Equal(700_00, book.GetProperty("openingBalanceMinor").GetInt64());
        var entries = book.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(RegistersWorld.Iso(start.AddDays(2)), entries[0].Str("postedOn"));
        Assert.Equal($"J-{inPeriod.Number:D6}", entries[0].Str("journalNumber"));
        Assert.Equal("Completion monies", entries[0].Str("description"));
        Assert.Equal(matter.Str("reference"), entries[0].Str("matterReference"));
        Assert.Equal(500_00, entries[0].GetProperty("moneyInMinor").GetInt64());
        Assert.Equal(1_200_00, entries[0].GetProperty("balanceMinor").GetInt64());
        Assert.Equal(150_00, entries[1].GetProperty("moneyOutMinor").GetInt64());
        Assert.Equal(0, entries[1].GetProperty("moneyInMinor").GetInt64());
        Assert.Equal(1_050_00, entries[1].GetProperty("balanceMinor").GetInt64());
        Assert.Equal(1_050_00, book.GetProperty("closingBalanceMinor").GetInt64());
    }

    [Fact]
    public async Task An_unknown_account_is_not_found_and_a_backwards_period_is_refused()
    {
        var w = await RegistersWorld.CreateAsync(app);
        await w.Firm.Admin.GetAsync($"/api/v1/client-money/cash-book?bankAccountId={Guid.NewGuid()}").ExpectAsync(404);
        var bad = await w.Firm.Admin.GetAsync($"/api/v1/client-money/cash-book?bankAccountId={w.Account}&from=2026-05-02&to=2026-05-01").ExpectJsonAsync(400);
        Assert.True(bad.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task The_cash_book_downloads_as_csv_and_excel_and_each_download_is_audited()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 123_45, RegistersWorld.Today);
        var response = await w.Firm.Admin.GetAsync($"/api/v1/client-money/cash-book?bankAccountId={w.Account}&format=csv").ExpectAsync(200);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("Balance brought forward", csv, StringComparison.Ordinal);
        Assert.Contains("123.45", csv, StringComparison.Ordinal);
        var xlsx = await w.Firm.Admin.GetAsync($"/api/v1/client-money/cash-book?bankAccountId={w.Account}&format=xlsx").ExpectAsync(200);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await w.Firm.AuditAsync("&action=ClientMoneyExported")).Count);
    }
}
