using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class TimeEntryRuleTests(TestApp app)
{
    [Fact]
    public async Task The_period_lock_refuses_adding_moving_or_changing_time_on_or_before_the_locked_day()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var early = await firm.RecordTimeAsync(matter, 30, new DateOnly(2026, 3, 30));
        var late = await firm.RecordTimeAsync(matter, 30, new DateOnly(2026, 4, 2));

        await firm.PatchSettingsAsync(new { lockedThrough = "2026-03-31" });

        var add = await firm.Admin.PostTimeAsync(new { matterId = matter, date = "2026-03-31", minutes = 6, narrative = "Call" }).ExpectJsonAsync(422);
        Assert.Equal("billing.period_locked", add.Code());
        Assert.Contains("31 Mar 2026", add.Str("detail"));
        var editLocked = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{early.Id()}", new { minutes = 60 }, "\"1\"").ExpectJsonAsync(422);
        Assert.Equal("billing.period_locked", editLocked.Code());
        var moveIn = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{late.Id()}", new { date = "2026-03-15" }, "\"1\"").ExpectJsonAsync(422);
        Assert.Equal("billing.period_locked", moveIn.Code());
        Assert.Equal("billing.period_locked", (await firm.Admin.DeleteAsync($"/api/v1/time-entries/{early.Id()}").ExpectJsonAsync(422)).Code());
        await firm.Admin.PostTimeAsync(new { matterId = matter, date = "2026-04-01", minutes = 6, narrative = "Call" }).ExpectAsync(201);

        var entries = (await firm.Admin.GetAsync($"/api/v1/time-entries?matterId={matter}").ExpectJsonAsync(200)).Items();
        Assert.Equal(["2026-04-02", "2026-04-01", "2026-03-30"], entries.Select(e => e.Str("date")));
        Assert.Equal([30, 6, 30], entries.Select(e => e.Int("minutes")));
        Assert.Contains(await firm.AuditAsync(), e => e.Str("action") == "periodLocked");
    }

    [Fact]
    public async Task A_client_without_due_diligence_takes_only_the_intake_allowance_of_time_across_its_matters()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync();
        var first = (await firm.OpenMatterAsync(clientId: client)).Id();
        var second = (await firm.OpenMatterAsync(clientId: client, title: "Sale of 3 Low Road")).Id();
        await firm.PatchSettingsAsync(new { cddIntakeAllowanceMinutes = 45 });

        await firm.RecordTimeAsync(first, 30);
        await firm.RecordTimeAsync(second, 15);
        var refused = await firm.Admin.PostTimeAsync(new { matterId = second, date = Iso(Today), minutes = 1, narrative = "Letter" }).ExpectJsonAsync(422);

        Assert.Equal("cdd.incomplete", refused.Code());
        Assert.Contains("45m of time in total", refused.Str("detail"));
        Assert.Equal(2, (await firm.Admin.GetAsync($"/api/v1/time-entries?userId={firm.Owner.Id}").ExpectJsonAsync(200)).Items().Count);
        await firm.CompleteDueDiligenceAsync(client);
        await firm.RecordTimeAsync(second, 120);
    }

    [Fact]
    public async Task Time_on_a_bill_can_no_longer_be_edited_or_deleted()
    {
        var firm = await Bills.BillTestData.CreateBillingFirmAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var entry = await firm.RecordTimeAsync(matter, 30);
        var bill = await firm.Admin.PostAsJsonAsync("/api/v1/invoices", new { matterId = matter, timeEntryIds = new[] { entry.Id() } }).ExpectJsonAsync(201);
        await firm.Admin.PostAsync($"/api/v1/invoices/{bill.Id()}/finalise", null).ExpectAsync(200);

        var edit = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { minutes = 60 }, "\"1\"").ExpectJsonAsync(409);
        var delete = await firm.Admin.DeleteAsync($"/api/v1/time-entries/{entry.Id()}").ExpectJsonAsync(409);

        Assert.Equal("time.billed", edit.Code());
        Assert.Equal("time.billed", delete.Code());
        var kept = await firm.Admin.GetAsync($"/api/v1/time-entries/{entry.Id()}").ExpectJsonAsync(200);
        Assert.Equal((30, "billed"), (kept.Int("minutes"), kept.Str("status")));
    }

    [Fact]
    public async Task Unbilled_time_is_edited_with_its_etag_revalued_and_deleted()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(20_000);
        var created = await firm.Admin.PostTimeAsync(new { matterId = matter, date = Iso(Today), minutes = 30, narrative = "Call with client" }).ExpectAsync(201);
        var entry = await created.JsonAsync();
        Assert.Equal("\"1\"", created.ETag());

        await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { minutes = 45 }, null).ExpectAsync(428);
        var edited = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { minutes = 45, billability = "noCharge" }, created.ETag()).ExpectAsync(200);
        var body = await edited.JsonAsync();
        Assert.Equal((45, 8, 0L, "noCharge"), (body.Int("minutes"), body.Int("units"), body.Long("valueMinor"), body.Str("billability")));
        await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { minutes = 50 }, created.ETag()).ExpectAsync(412);
        var billable = await firm.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { billable = true }, edited.ETag()).ExpectJsonAsync(200);
        Assert.Equal(16_000, billable.Long("valueMinor"));

        await firm.Admin.DeleteAsync($"/api/v1/time-entries/{entry.Id()}").ExpectAsync(204);
        await firm.Admin.GetAsync($"/api/v1/time-entries/{entry.Id()}").ExpectAsync(404);
        var actions = (await firm.AuditAsync()).Where(e => e.Str("targetId") == entry.Id().ToString()).Select(e => e.Str("action")).ToList();
        Assert.Equal(["timeDeleted", "timeUpdated", "timeUpdated", "timeRecorded"], actions);
    }

    [Fact]
    public async Task Time_cannot_be_recorded_on_a_closed_matter()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.Admin.PostAsync($"/api/v1/matters/{matter}/close", null).ExpectAsync(200);

        var refused = await firm.Admin.PostTimeAsync(new { matterId = matter, date = Iso(Today), minutes = 6, narrative = "Call" }).ExpectJsonAsync(422);

        Assert.Equal("matter.closed", refused.Code());
    }
}
