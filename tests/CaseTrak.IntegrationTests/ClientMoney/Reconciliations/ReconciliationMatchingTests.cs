using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.ClientMoney.Reconciliations.ReconciliationWorld;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

public sealed class ReconciliationMatchingTests(TestApp app)
{
    [Fact]
    public async Task An_unpresented_payment_and_an_uncleared_receipt_appear_as_timing_items_and_the_reconciliation_balances()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 1_000_00, daysAgo: 9);
        var cheque = await world.PayAsync(matter, 200_00, daysAgo: 3);
        var lodged = await world.ReceiveAsync(matter, 300_00, daysAgo: 1);
        await world.ReceiveIntoSuspenseAsync(50_00, daysAgo: 8);
        var started = await world.StartAsync(1_050_00);

        var result = await ImportAsync(world.Firm.Admin, started.Id(), "s.csv",
            Csv((9, "BACS SMITH", 1_000_00, null), (8, "UNKNOWN PAYER", 50_00, null)), SignedAmountMapping).ExpectJsonAsync(200);

        var r = result.GetProperty("reconciliation");
        var timing = r.GetProperty("unmatchedCashBookEntries").EnumerateArray().ToList();
        Assert.Equal([cheque, lodged], timing.Select(t => t.Id()));
        Assert.Equal(["unpresentedPayment", "unclearedReceipt"], timing.Select(t => t.Str("kind")));
        Assert.Equal(300_00, r.GetProperty("unclearedReceiptsMinor").GetInt64());
        Assert.Equal(-200_00, r.GetProperty("unpresentedPaymentsMinor").GetInt64());
        Assert.Equal(1_150_00, r.GetProperty("adjustedStatementMinor").GetInt64());
        Assert.Equal(1_150_00, r.GetProperty("cashBookMinor").GetInt64());
        Assert.Equal(1_100_00, r.GetProperty("clientLedgersMinor").GetInt64());
        Assert.Equal(50_00, r.GetProperty("suspenseMinor").GetInt64());
        Assert.True(r.GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task A_manual_match_needs_equal_amounts_and_can_be_undone()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        var receipt = await world.ReceiveAsync(matter, 80_00, daysAgo: 20);
        var other = await world.ReceiveAsync(matter, 81_00, daysAgo: 20);
        var started = await world.StartAsync(80_00);
        var imported = await ImportAsync(world.Firm.Admin, started.Id(), "s.csv", Csv((2, "LATE CREDIT", 80_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        Assert.Equal(0, imported.GetProperty("matched").GetInt32()); // eighteen days apart: outside the match window
        var line = imported.GetProperty("reconciliation").GetProperty("unmatchedStatementLines").EnumerateArray().Single().Id();
        var url = $"{Api}/{started.Id()}/matches";

        var unequal = await world.Firm.Admin.PostAsJsonAsync(url, new { statementLineId = line, ledgerEntryId = other }).ExpectJsonAsync(422);
        var matched = await world.Firm.Admin.PostAsJsonAsync(url, new { statementLineId = line, ledgerEntryId = receipt }).ExpectJsonAsync(200);
        var undone = await world.Firm.Admin.DeleteAsync($"{url}/{line}").ExpectJsonAsync(200);

        Assert.Equal("reconciliation.amount_mismatch", unequal.Code());
        Assert.Equal("manual", matched.GetProperty("statementLines").EnumerateArray().Single().Str("matchKind"));
        Assert.Empty(matched.GetProperty("unmatchedStatementLines").EnumerateArray());
        Assert.Equal(receipt, undone.GetProperty("unmatchedStatementLines").EnumerateArray().Any() ? receipt : Guid.Empty);
        Assert.Single(undone.GetProperty("unmatchedStatementLines").EnumerateArray());
    }

    [Fact]
    public async Task Another_firms_reconciliations_lines_and_accounts_answer_404()
    {
        var world = await CreateAsync(app);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 10_00, daysAgo: 3);
        var started = await world.StartAsync(10_00);
        var imported = await ImportAsync(world.Firm.Admin, started.Id(), "s.csv", Csv((3, "X", 10_00, null)), SignedAmountMapping).ExpectJsonAsync(200);
        var line = imported.GetProperty("reconciliation").GetProperty("statementLines").EnumerateArray().Single().Id();
        var stranger = await TestFirm.CreateAsync(app);
        var url = $"{Api}/{started.Id()}";

        await stranger.Admin.GetAsync(url).ExpectAsync(404);
        await stranger.Admin.PostAsync($"{url}/sign-off", null).ExpectAsync(404);
        await stranger.Admin.PostAsync($"{url}/auto-match", null).ExpectAsync(404);
        await stranger.Admin.DeleteAsync($"{url}/matches/{line}").ExpectAsync(404);
        await ImportAsync(stranger.Admin, started.Id(), "s.csv", Csv((3, "Y", 1_00, null)), SignedAmountMapping).ExpectAsync(404);
        await stranger.Admin.PostAsJsonAsync(Api, new { bankAccountId = world.Account, statementDate = Iso(1), statementBalanceMinor = 0 }).ExpectAsync(404);
        Assert.Empty((await stranger.Admin.GetFromJsonAsync<JsonElement>(Api)).Items());
        Assert.Equal("open", (await world.Firm.Admin.GetFromJsonAsync<JsonElement>(url)).Str("status"));
    }

    [Fact]
    public async Task A_second_reconciliation_for_the_same_date_conflicts_and_a_future_statement_is_refused()
    {
        var world = await CreateAsync(app);
        await world.StartAsync(0, daysAgo: 2);

        var twice = await world.Firm.Admin.PostAsJsonAsync(Api, new { bankAccountId = world.Account, statementDate = Iso(2), statementBalanceMinor = 0 }).ExpectJsonAsync(409);
        await world.Firm.Admin.PostAsJsonAsync(Api, new { bankAccountId = world.Account, statementDate = Iso(-1), statementBalanceMinor = 0 }).ExpectAsync(400);

        Assert.Equal("reconciliation.exists", twice.Code());
        var list = (await world.Firm.Admin.GetFromJsonAsync<JsonElement>($"{Api}?bankAccountId={world.Account}")).Items();
        Assert.Equal(Iso(2), Assert.Single(list).Str("statementDate"));
    }

    [Fact]
    public async Task A_long_statement_is_paged_newest_first_and_the_reconciliation_carries_its_newest_lines_and_every_unmatched_one()
    {
        var world = await CreateAsync(app, openedDaysAgo: 200);
        var matter = await world.MatterAsync();
        var rows = new List<(int, string, long, string?)>();
        for (var day = 150; day >= 1; day--)
        {
            await world.ReceiveAsync(matter, 1_00 + day, daysAgo: day);
            rows.Add((day, $"RECEIPT {day}", 1_00 + day, null));
        }
        rows.Add((1, "BANK CHARGE", -2_50, null));
        var started = await world.StartAsync(0, daysAgo: 1);

        var figures = (await ImportAsync(world.Firm.Admin, started.Id(), "long.csv", Csv([.. rows]), SignedAmountMapping).ExpectJsonAsync(200))
            .GetProperty("reconciliation");
        Assert.Equal(151, figures.GetProperty("statementLineCount").GetInt32());
        Assert.Equal(150, figures.GetProperty("matchedStatementLineCount").GetInt32());
        Assert.Equal(100, figures.GetProperty("statementLines").GetArrayLength());
        Assert.Equal("BANK CHARGE", figures.GetProperty("unmatchedStatementLines").EnumerateArray().Single().Str("description"));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await world.Firm.Admin.GetFromJsonAsync<JsonElement>(
                $"{Api}/{started.Id()}/statement-lines?matched=true&limit=60" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(l => l.Str("description")));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.Str("nextCursor");
        }
        while (cursor is not null);
        Assert.Equal(Enumerable.Range(1, 150).Select(d => $"RECEIPT {d}"), seen);
    }
}
