using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class ClientBalancesTests(TestApp app)
{
    [Fact]
    public async Task The_balances_list_names_visible_matters_and_totals_every_matter_counting_a_barred_one_without_naming_it()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var secret = await w.BarredMatterAsync("Hostile takeover of Acme");
        var open = await w.Firm.OpenMatterAsync(title: "Purchase of 1 High Street");
        var emptied = await w.Firm.OpenMatterAsync(title: "Sale of 2 Low Road");
        var day = RegistersWorld.Today.AddDays(-5);
        await w.ReceiveAsync(open.Id(), 250_00, day);
        await w.ReceiveAsync(secret.Id(), 40_00, day);
        await w.ReceiveAsync(emptied.Id(), 60_00, day);
        await w.PayAsync(emptied.Id(), 60_00, day.AddDays(1));
        var cashier = await w.SessionAsync("cashier");

        var response = await cashier.Client.GetAsync("/api/v1/client-money/balances").ExpectAsync(200);
        var text = await response.Content.ReadAsStringAsync();
        var body = await response.JsonAsync();

        var row = Assert.Single(body.Items());
        Assert.Equal(open.Id(), row.GetProperty("matterId").GetGuid());
        Assert.Equal(250_00, row.GetProperty("balanceMinor").GetInt64());
        Assert.Equal(w.Account, row.GetProperty("bankAccountId").GetGuid());
        Assert.Equal(290_00, body.GetProperty("totalMinor").GetInt64());
        Assert.Equal(1, body.GetProperty("restricted").GetProperty("matters").GetInt32());
        Assert.Equal(40_00, body.GetProperty("restricted").GetProperty("balanceMinor").GetInt64());
        Assert.DoesNotContain("Hostile", text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Id().ToString(), text, StringComparison.OrdinalIgnoreCase);

        var csv = await (await cashier.Client.GetAsync("/api/v1/client-money/balances?format=csv").ExpectAsync(200)).Content.ReadAsStringAsync();
        Assert.Contains(open.Str("reference"), csv, StringComparison.Ordinal);
        Assert.Contains("Restricted matters (1)", csv, StringComparison.Ordinal);
        Assert.Contains("290.00", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Hostile", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Str("reference"), csv, StringComparison.Ordinal);
        var exported = Assert.Single(await w.Firm.AuditAsync("&action=ClientMoneyExported"));
        Assert.Contains("client-balances", exported.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_earner_may_not_read_the_balances_and_an_unknown_format_is_refused()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var feeEarner = await w.SessionAsync("feeEarner");
        await feeEarner.Client.GetAsync("/api/v1/client-money/balances").ExpectAsync(403);
        await w.Firm.Admin.GetAsync("/api/v1/client-money/balances?format=pdf").ExpectAsync(400);
        Assert.Empty(await w.Firm.AuditAsync("&action=ClientMoneyExported"));
    }
}
