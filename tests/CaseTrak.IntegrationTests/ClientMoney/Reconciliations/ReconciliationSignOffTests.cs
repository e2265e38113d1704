using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using Microsoft.EntityFrameworkCore;
using static CaseTrak.IntegrationTests.ClientMoney.Reconciliations.ReconciliationWorld;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

public sealed class ReconciliationSignOffTests(TestApp app)
{
    [Fact]
    public async Task A_balanced_reconciliation_from_an_imported_csv_signs_off_with_its_figures_frozen()
    {
        var world = await CreateAsync(app);
        var (a, b) = (await world.MatterAsync(), await world.MatterAsync());
        await world.ReceiveAsync(a, 1_000_00, daysAgo: 10, reference: "SMITH-PURCH");
        await world.ReceiveAsync(b, 250_00, daysAgo: 8);
        await world.PayAsync(a, 300_00, daysAgo: 5, reference: "CHQ 100234");
        var started = await world.StartAsync(950_00);

        var imported = await ImportAsync(world.Firm.Admin, started.Id(), "statement.csv", Csv(
            (9, "SMITH-PURCH J SMITH", 1_000_00, null), (8, "BACS J JONES", 250_00, null), (4, "CHEQUE", -300_00, "CHQ 100234")), SignedAmountMapping)
            .ExpectJsonAsync(200);
        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        Assert.Equal(3, imported.GetProperty("matched").GetInt32());
        var figures = imported.GetProperty("reconciliation");
        Assert.True(figures.GetProperty("balanced").GetBoolean());
        Assert.Equal(950_00, figures.GetProperty("cashBookMinor").GetInt64());
        Assert.Equal(950_00, figures.GetProperty("clientLedgersMinor").GetInt64());
        Assert.Equal(950_00, figures.GetProperty("adjustedStatementMinor").GetInt64());
        Assert.Empty(figures.GetProperty("differences").EnumerateArray());

        var signed = await world.Firm.Admin.PostAsync($"{Api}/{started.Id()}/sign-off", null).ExpectJsonAsync(200);

        Assert.Equal("signedOff", signed.Str("status"));
        Assert.Equal(world.Firm.Owner.Id, signed.GetProperty("signedOffBy").GetGuid());
        var stored = await world.Firm.WithDbAsync(db => db.Set<Reconciliation>().AsNoTracking().SingleAsync());
        Assert.Equal((950_00L, 950_00L, 0L), (stored.CashBookMinor, stored.ClientLedgersMinor, stored.SuspenseMinor));
        Assert.Contains(await world.Firm.AuditAsync(), e => e.Str("action") == "reconciliationSignedOff" && e.Str("targetId") == started.Id().ToString());
    }

    [Fact]
    public async Task Signing_off_with_an_unexplained_difference_is_refused_until_the_bank_charge_is_explained()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 400_00, daysAgo: 6);
        var started = await world.StartAsync(395_00);
        var imported = await ImportAsync(world.Firm.Admin, started.Id(), "statement.csv",
            Csv((6, "FASTER PAYMENT", 400_00, null), (3, "BANK CHARGE", -5_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        var charge = imported.GetProperty("reconciliation").GetProperty("unmatchedStatementLines").EnumerateArray().Single();

        var refused = await world.Firm.Admin.PostAsync($"{Api}/{started.Id()}/sign-off", null).ExpectJsonAsync(422);

        Assert.Equal("reconciliation.unexplained_difference", refused.Code());
        Assert.Contains("BANK CHARGE", refused.Str("detail"));
        Assert.Equal("open", (await world.Firm.Admin.GetFromJsonAsync<JsonElement>($"{Api}/{started.Id()}")).Str("status"));

        var explained = await world.Firm.Admin.PostAsJsonAsync($"{Api}/{started.Id()}/items",
            new { kind = "bankError", explanation = "Charge taken from the client account in error; bank asked to refund it", statementLineId = charge.Id() })
            .ExpectJsonAsync(201);
        Assert.True(explained.GetProperty("balanced").GetBoolean());
        Assert.Equal(5_00, explained.GetProperty("items").EnumerateArray().Single().GetProperty("amountMinor").GetInt64());
        await world.Firm.Admin.PostAsync($"{Api}/{started.Id()}/sign-off", null).ExpectAsync(200);
    }

    [Fact]
    public async Task A_signed_off_reconciliation_refuses_every_change()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        var entry = await world.ReceiveAsync(matter, 100_00, daysAgo: 4);
        var started = await world.StartAsync(100_00);
        var imported = await ImportAsync(world.Firm.Admin, started.Id(), "s.csv", Csv((4, "RECEIPT", 100_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        var line = imported.GetProperty("reconciliation").GetProperty("statementLines").EnumerateArray().Single().Id();
        await world.Firm.Admin.PostAsync($"{Api}/{started.Id()}/sign-off", null).ExpectAsync(200);
        var url = $"{Api}/{started.Id()}";

        var attempts = new[]
        {
            await ImportAsync(world.Firm.Admin, started.Id(), "s2.csv", Csv((2, "LATER", 1_00, null))),
            await world.Firm.Admin.PostAsync($"{url}/auto-match", null),
            await world.Firm.Admin.DeleteAsync($"{url}/matches/{line}"),
            await world.Firm.Admin.PostAsJsonAsync($"{url}/matches", new { statementLineId = line, ledgerEntryId = entry }),
            await world.Firm.Admin.PostAsJsonAsync($"{url}/items", new { kind = "other", explanation = "Late note", amountMinor = 1_00 }),
            await world.Firm.Admin.PostAsync($"{url}/sign-off", null),
        };

        foreach (var response in attempts)
            Assert.Equal("reconciliation.signed_off", (await response.ExpectJsonAsync(409)).Code());
        Assert.Equal(1, await world.Firm.WithDbAsync(db => db.Set<StatementLine>().CountAsync()));
        Assert.Equal(0, await world.Firm.WithDbAsync(db => db.Set<ReconciliationItem>().CountAsync()));
    }

    [Fact]
    public async Task Only_a_partner_the_owner_or_the_cofa_may_sign_off_and_a_cashier_prepares()
    {
        var world = await CreateAsync(app);
        var cashier = await world.Firm.SignInAsync(await world.Firm.AddUserAsync("cashier"));
        var partner = await world.Firm.SignInAsync(await world.Firm.AddUserAsync("partner"));
        var cofa = await world.Firm.SignInAsync(await world.Firm.AddUserAsync(["cashier"], null, ["cofa"]));
        var feeEarner = await world.Firm.SignInAsync(await world.Firm.AddUserAsync("feeEarner"));
        var first = await world.StartAsync(0, daysAgo: 3, as_: cashier.Client);
        var second = await world.StartAsync(0, daysAgo: 2, as_: cashier.Client);

        await feeEarner.Client.PostAsJsonAsync(Api, new { bankAccountId = world.Account, statementDate = Iso(1), statementBalanceMinor = 0 }).ExpectAsync(403);
        await cashier.Client.PostAsync($"{Api}/{first.Id()}/sign-off", null).ExpectAsync(403);
        await partner.Client.PostAsync($"{Api}/{first.Id()}/sign-off", null).ExpectAsync(200);
        await cofa.Client.PostAsync($"{Api}/{second.Id()}/sign-off", null).ExpectAsync(200);
    }
}
