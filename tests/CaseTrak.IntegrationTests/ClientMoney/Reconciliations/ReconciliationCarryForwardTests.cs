using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using Microsoft.EntityFrameworkCore;
using static CaseTrak.IntegrationTests.ClientMoney.Reconciliations.ReconciliationWorld;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

/// <summary>
/// A reconciliation carries its balances forward from the last sign-off and looks for timing items only from its settled
/// date on; these prove nothing is lost that way, including an entry dated back into a signed-off period.
/// </summary>
public sealed class ReconciliationCarryForwardTests(TestApp app)
{
    [Fact]
    public async Task A_cheque_unpresented_at_sign_off_stays_a_timing_item_next_month_until_the_bank_shows_it()
    {
        var world = await CreateAsync(app, openedDaysAgo: 30);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 1_000_00, daysAgo: 20);
        var cheque = await world.PayAsync(matter, 300_00, daysAgo: 15, reference: "CHQ 100777");
        var first = await world.StartAsync(1_000_00, daysAgo: 12);
        await ImportAsync(world.Firm.Admin, first.Id(), "oct.csv", Csv((19, "BGC CLIENT", 1_000_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        await world.Firm.Admin.PostAsync($"{Api}/{first.Id()}/sign-off", null).ExpectAsync(200);

        var stored = await world.Firm.WithDbAsync(db => db.Set<Reconciliation>().AsNoTracking().SingleAsync());
        Assert.Equal(Today.AddDays(-15), stored.SettledBefore);
        Assert.Equal(2, stored.JournalsThrough);

        await world.ReceiveAsync(matter, 200_00, daysAgo: 5);
        var second = await world.StartAsync(1_200_00, daysAgo: 2);
        var figures = (await ImportAsync(world.Firm.Admin, second.Id(), "nov.csv", Csv((4, "BGC CLIENT", 200_00, null)), SignedAmountMapping)
            .ExpectJsonAsync(200)).GetProperty("reconciliation");

        Assert.True(figures.GetProperty("balanced").GetBoolean());
        Assert.Equal((900_00L, 900_00L), (figures.GetProperty("cashBookMinor").GetInt64(), figures.GetProperty("clientLedgersMinor").GetInt64()));
        Assert.Equal(-300_00, figures.GetProperty("unpresentedPaymentsMinor").GetInt64());
        Assert.Equal(0, figures.GetProperty("unclearedReceiptsMinor").GetInt64());
        Assert.Equal(cheque, figures.GetProperty("unmatchedCashBookEntries").EnumerateArray().Single().Id());
        Assert.Equal(1, figures.GetProperty("unmatchedCashBookCount").GetInt32());
    }

    [Fact]
    public async Task A_payment_dated_back_into_a_signed_off_period_is_still_found_outstanding()
    {
        var world = await CreateAsync(app, openedDaysAgo: 30);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 500_00, daysAgo: 20);
        var first = await world.StartAsync(500_00, daysAgo: 10);
        await ImportAsync(world.Firm.Admin, first.Id(), "oct.csv", Csv((20, "BGC CLIENT", 500_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        await world.Firm.Admin.PostAsync($"{Api}/{first.Id()}/sign-off", null).ExpectAsync(200);
        Assert.Equal(Today.AddDays(-9), (await world.Firm.WithDbAsync(db => db.Set<Reconciliation>().AsNoTracking().SingleAsync())).SettledBefore);

        var late = await world.PayAsync(matter, 100_00, daysAgo: 12, reference: "CHQ 100778");
        var second = await world.StartAsync(500_00, daysAgo: 2);
        var figures = await world.Firm.Admin.GetFromJsonAsync<JsonElement>($"{Api}/{second.Id()}");

        Assert.True(figures.GetProperty("balanced").GetBoolean());
        Assert.Equal(400_00, figures.GetProperty("cashBookMinor").GetInt64());
        Assert.Equal(-100_00, figures.GetProperty("unpresentedPaymentsMinor").GetInt64());
        Assert.Equal(late, figures.GetProperty("unmatchedCashBookEntries").EnumerateArray().Single().Id());
    }
}
