using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class DraftFromWipTests(TestApp app)
{
    [Fact]
    public async Task A_draft_takes_all_unbilled_billable_time_and_disbursements_and_never_non_billable_time()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var billable = await firm.RecordTimeAsync(matter, 30);
        var noCharge = await firm.RecordTimeAsync(matter, 12, "noCharge", "Quick call");
        var nonBillable = await firm.RecordTimeAsync(matter, 6, "nonBillable", "Internal");
        var courier = await firm.RecordDisbursementAsync(matter, 2500);
        var landRegistry = await firm.RecordDisbursementAsync(matter, 3000, agent: true, description: "Land Registry fee");

        var bill = await firm.DraftAsync(new { matterId = matter });

        var lines = bill.Lines();
        Assert.Equal(["time", "time", "expense", "agentDisbursement"], lines.Select(l => l.Str("kind")));
        Assert.Equal(billable, lines[0].GetProperty("timeEntryId").GetGuid());
        Assert.Equal(10000, lines[0].Long("netMinor")); // 5 units of 6 minutes at £200 an hour
        Assert.Equal(5, lines[0].GetProperty("units").GetInt32());
        Assert.Equal(2000, lines[0].GetProperty("vatRateBp").GetInt32());
        Assert.Equal(0, lines[1].Long("netMinor"));
        Assert.Equal(noCharge, lines[1].GetProperty("timeEntryId").GetGuid());
        Assert.Equal(500, lines[2].Long("vatMinor"));
        Assert.Equal(0, lines[3].Long("vatMinor"));
        Assert.Equal(10000 + 2500 + 3000, bill.Long("netMinor"));
        Assert.Equal(2000 + 500, bill.Long("vatMinor"));
        Assert.Equal("draft", (await firm.TimeEntryAsync(billable)).Str("status"));
        Assert.Equal("unbilled", (await firm.TimeEntryAsync(nonBillable)).Str("status"));

        var again = await firm.Admin.PostAsJsonAsync("/api/v1/invoices", new { matterId = matter, timeEntryIds = new[] { billable } }).ExpectJsonAsync(422);
        Assert.Equal("billing.not_unbilled", again.Code());
        Assert.Equal("billing.not_unbilled", (await firm.Admin.PostAsJsonAsync("/api/v1/invoices",
            new { matterId = matter, timeEntryIds = new[] { nonBillable } }).ExpectJsonAsync(422)).Code());
        var otherMatter = (await firm.OpenBillableMatterAsync()).Id();
        Assert.Equal("billing.not_unbilled", (await firm.Admin.PostAsJsonAsync("/api/v1/invoices",
            new { matterId = otherMatter, disbursementIds = new[] { courier } }).ExpectJsonAsync(422)).Code());

        // Removing a line returns its work; deleting the draft returns the rest.
        var removed = await firm.Admin.SendJsonAsync(HttpMethod.Delete, $"/api/v1/invoices/{bill.Id()}/lines/{lines[2].Id()}", null, "*").ExpectJsonAsync(200);
        Assert.Equal(3, removed.Lines().Count);
        Assert.Equal("unbilled", (await firm.Admin.GetAsync($"/api/v1/disbursements/{courier}").ExpectJsonAsync(200)).Str("status"));
        await firm.Admin.DeleteAsync($"/api/v1/invoices/{bill.Id()}").ExpectAsync(204);
        await firm.Admin.GetAsync($"/api/v1/invoices/{bill.Id()}").ExpectAsync(404);
        Assert.Equal("unbilled", (await firm.TimeEntryAsync(billable)).Str("status"));
        Assert.Equal("unbilled", (await firm.Admin.GetAsync($"/api/v1/disbursements/{landRegistry}").ExpectJsonAsync(200)).Str("status"));
    }

    [Fact]
    public async Task Billed_time_is_locked_and_a_written_off_line_records_its_reason()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var kept = await firm.RecordTimeAsync(matter, 60);
        var dropped = await firm.RecordTimeAsync(matter, 30, narrative: "Duplicated research");
        var bill = await firm.DraftAsync(new { matterId = matter, timeEntryIds = new[] { kept, dropped } });
        var line = bill.Lines().Single(l => l.GetProperty("timeEntryId").GetGuid() == dropped);

        bill = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/lines/{line.Id()}/write-off", new { reason = "Duplicated work" }).ExpectJsonAsync(200);
        var final = await firm.FinaliseAsync(bill.Id());

        Assert.Single(final.Lines());
        Assert.Equal(20000, final.Long("netMinor"));
        var writtenOff = await firm.TimeEntryAsync(dropped);
        Assert.Equal("writtenOff", writtenOff.Str("status"));
        var billed = await firm.Admin.GetAsync($"/api/v1/time-entries/{kept}");
        Assert.Equal("billed", (await billed.JsonAsync()).Str("status"));
        var edit = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{kept}", new { minutes = 90 }, billed.ETag()).ExpectJsonAsync(409);
        Assert.NotNull(edit.Code());
        Assert.Equal(60, (await firm.TimeEntryAsync(kept)).GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task A_void_bill_returns_its_time_to_work_in_progress_so_it_can_be_billed_again()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var entry = await firm.RecordTimeAsync(matter, 60);
        var first = await firm.FinaliseAsync((await firm.DraftAsync(new { matterId = matter })).Id());

        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{first.Id()}/void", new { reason = "Wrong rate" }).ExpectAsync(200);
        Assert.Equal("unbilled", (await firm.TimeEntryAsync(entry)).Str("status"));
        var second = await firm.FinaliseAsync((await firm.DraftAsync(new { matterId = matter })).Id());

        Assert.Equal(entry, Assert.Single(second.Lines()).GetProperty("timeEntryId").GetGuid());
        Assert.Equal("INV-000002", second.Str("number"));
        Assert.Equal("billed", (await firm.TimeEntryAsync(entry)).Str("status"));
    }
}
