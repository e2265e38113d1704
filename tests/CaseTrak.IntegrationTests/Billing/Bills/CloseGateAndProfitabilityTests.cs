using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class CloseGateAndProfitabilityTests(TestApp app)
{
    [Fact]
    public async Task Unbilled_time_blocks_closing_until_written_off_and_an_unpaid_bill_only_warns()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var entry = await firm.RecordTimeAsync(matter, 60);
        await firm.RecordTimeAsync(matter, 6, "nonBillable", "Internal note");
        var url = $"/api/v1/matters/{matter}";

        var blocked = await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(422);
        Assert.Equal("matter.unbilled_wip", blocked.Code());
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        await feeEarner.Client.PostAsJsonAsync($"{url}/write-off-wip", new { reason = "Goodwill" }).ExpectAsync(403);
        await firm.Admin.PostAsJsonAsync($"{url}/write-off-wip", new { reason = "" }).ExpectAsync(400);
        var writeOff = await firm.Admin.PostAsJsonAsync($"{url}/write-off-wip", new { reason = "Goodwill" }).ExpectJsonAsync(200);
        Assert.Equal(1, writeOff.GetProperty("timeEntries").GetInt32());
        Assert.Equal(20000, writeOff.Long("valueMinor"));
        Assert.Equal("writtenOff", (await firm.TimeEntryAsync(entry)).Str("status"));

        var closed = await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(200);
        Assert.Equal("closed", closed.Str("status"));
        Assert.Empty(closed.GetProperty("warnings").EnumerateArray());

        var billed = (await firm.OpenBillableMatterAsync()).Id();
        await firm.RecordTimeAsync(billed, 60);
        await firm.FinaliseAsync((await firm.DraftAsync(new { matterId = billed })).Id());
        var warned = await firm.Admin.PostAsync($"/api/v1/matters/{billed}/close", null).ExpectJsonAsync(200);
        Assert.Equal("closed", warned.Str("status"));
        Assert.Equal("matter.unpaid_bills", Assert.Single(warned.GetProperty("warnings").EnumerateArray()).Str("code"));
    }

    [Fact]
    public async Task A_draft_bill_still_blocks_closing_because_its_work_is_not_billed_yet()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        await firm.RecordDisbursementAsync(matter, 1200);
        await firm.DraftAsync(new { matterId = matter });

        Assert.Equal("matter.unbilled_wip", (await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectJsonAsync(422)).Code());
    }

    [Fact]
    public async Task A_fixed_fee_bill_charges_the_stages_covers_the_time_and_profitability_compares_the_two()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/fee-arrangement", new
        {
            kind = "fixedFee", amountMinor = 150000,
            stages = new[] { new { name = "Exchange of contracts", amountMinor = 90000L, vatRateBp = 2000 }, new { name = "Completion", amountMinor = 60000L, vatRateBp = 2000 } },
        }, "*").ExpectAsync(200);
        var a = await firm.RecordTimeAsync(matter, 120);
        var b = await firm.RecordTimeAsync(matter, 60);

        var bill = await firm.DraftAsync(new { matterId = matter });

        Assert.Equal(["fixedFee", "fixedFee"], bill.Lines().Select(l => l.Str("kind")));
        Assert.Equal(150000, bill.Long("netMinor"));
        Assert.Equal(2, bill.GetProperty("coveredTime").GetProperty("entries").GetInt32());
        Assert.Equal(60000, bill.GetProperty("coveredTime").Long("valueMinor"));
        var final = await firm.FinaliseAsync(bill.Id());
        Assert.Equal("billed", (await firm.TimeEntryAsync(a)).Str("status"));
        Assert.Equal("billable", (await firm.TimeEntryAsync(b)).Str("billability"));

        var profit = await firm.Admin.GetAsync($"/api/v1/matters/{matter}/profitability").ExpectJsonAsync(200);
        Assert.Equal("fixedFee", profit.Str("arrangement"));
        Assert.Equal(60000, profit.Long("timeValueMinor"));
        Assert.Equal(150000, profit.Long("billedFeesMinor"));
        Assert.Equal(25000, profit.Long("recoveryBp"));

        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/credit-notes",
            new { reason = "Completion fee reduced", lines = new[] { new { invoiceLineId = final.Lines()[1].Id(), netMinor = 30000L } } }).ExpectAsync(201);
        profit = await firm.Admin.GetAsync($"/api/v1/matters/{matter}/profitability").ExpectJsonAsync(200);
        Assert.Equal(120000, profit.Long("billedFeesMinor"));
        Assert.Equal(20000, profit.Long("recoveryBp"));
        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(200);
    }
}
