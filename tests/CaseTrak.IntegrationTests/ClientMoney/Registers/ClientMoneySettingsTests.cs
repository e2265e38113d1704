namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class ClientMoneySettingsTests(TestApp app)
{
    [Fact]
    public async Task Only_an_administrator_changes_the_settings_and_only_from_the_version_they_read()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var read = await w.Firm.Admin.GetAsync("/api/v1/client-money/settings").ExpectAsync(200);
        var defaults = await read.JsonAsync();
        Assert.Equal(1_000_000, defaults.GetProperty("secondApprovalAboveMinor").GetInt64());
        Assert.Equal(365, defaults.GetProperty("dormantAfterDays").GetInt32());
        Assert.Equal(3, defaults.GetProperty("matchWindowDays").GetInt32());
        var change = new { secondApprovalAboveMinor = 500_000, matchWindowDays = 5 };

        foreach (var role in new[] { "cashier", "partner", "feeEarner" })
            await (await w.SessionAsync(role)).Client.PatchJsonAsync("/api/v1/client-money/settings", change, read.ETag()).ExpectAsync(403);
        await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", change, null).ExpectAsync(428);
        await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", change, "\"9\"").ExpectAsync(412);
        await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", new { dormantAfterDays = 5 }, read.ETag()).ExpectAsync(400);

        var saved = await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", change, read.ETag()).ExpectAsync(200);
        Assert.NotEqual(read.ETag(), saved.ETag());
        await w.Firm.Admin.PatchJsonAsync("/api/v1/client-money/settings", new { dormantAfterDays = 400 }, read.ETag()).ExpectAsync(412);

        var now = await w.Firm.Admin.GetAsync("/api/v1/client-money/settings").ExpectJsonAsync(200);
        Assert.Equal(500_000, now.GetProperty("secondApprovalAboveMinor").GetInt64());
        Assert.Equal(5, now.GetProperty("matchWindowDays").GetInt32());
        Assert.Equal(365, now.GetProperty("dormantAfterDays").GetInt32());
        var audited = Assert.Single(await w.Firm.AuditAsync("&action=ClientMoneySettingsChanged"));
        Assert.Contains("secondApprovalAboveMinor", audited.GetRawText(), StringComparison.Ordinal);
    }
}
