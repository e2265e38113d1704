using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class TimeAccessTests(TestApp app)
{
    [Fact]
    public async Task Another_firms_time_entries_matters_and_timers_are_not_found()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var entry = await firm.RecordTimeAsync(matter, 30);
        var timer = await firm.Admin.PostAsJsonAsync("/api/v1/timers", new { matterId = matter, narrative = "Reading the file" }).ExpectJsonAsync(201);

        await other.Admin.GetAsync($"/api/v1/time-entries/{entry.Id()}").ExpectAsync(404);
        await other.Admin.PatchJsonAsync($"/api/v1/time-entries/{entry.Id()}", new { minutes = 1 }, "\"1\"").ExpectAsync(404);
        await other.Admin.DeleteAsync($"/api/v1/time-entries/{entry.Id()}").ExpectAsync(404);
        await other.Admin.PostTimeAsync(new { matterId = matter, date = Iso(Today), minutes = 6, narrative = "Call" }).ExpectAsync(404);
        await other.Admin.PostAsync($"/api/v1/timers/{timer.Id()}/stop", null).ExpectAsync(404);
        await other.Admin.DeleteAsync($"/api/v1/timers/{timer.Id()}").ExpectAsync(404);
        await other.Admin.GetAsync($"/api/v1/matters/{matter}/fee-arrangement").ExpectAsync(404);
        Assert.Empty((await other.Admin.GetAsync("/api/v1/time-entries").ExpectJsonAsync(200)).Items());
        Assert.Empty((await other.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items());

        var mine = await firm.Admin.GetAsync($"/api/v1/time-entries/{entry.Id()}").ExpectJsonAsync(200);
        Assert.Equal(30, mine.Int("minutes"));
        Assert.Single((await firm.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_badly_shaped_time_entry_is_refused_with_an_error_for_each_field()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();

        var refused = await firm.Admin.PostTimeAsync(new { matterId = matter, date = Iso(Today), minutes = 1441, narrative = "" }).ExpectJsonAsync(400);
        var zero = await firm.Admin.PostTimeAsync(new { matterId = matter, date = Iso(Today), minutes = 0, narrative = "Call" }).ExpectJsonAsync(400);
        var billability = await firm.Admin.PostTimeAsync(new { matterId = matter, minutes = 6, narrative = "Call", billability = "maybe" }).ExpectJsonAsync(400);

        Assert.True(refused.GetProperty("errors").TryGetProperty("minutes", out _));
        Assert.True(refused.GetProperty("errors").TryGetProperty("narrative", out _));
        Assert.True(zero.GetProperty("errors").TryGetProperty("minutes", out _));
        Assert.True(billability.GetProperty("errors").TryGetProperty("billability", out _));
        Assert.Empty((await firm.Admin.GetAsync($"/api/v1/time-entries?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_fee_earner_records_only_their_own_time_while_staff_record_for_others()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var feeEarner = await firm.AddUserAsync("feeEarner");
        var feeEarnerClient = (await firm.SignInAsync(feeEarner)).Client;
        var secretary = (await firm.SignInAsync(await firm.AddUserAsync("staff"))).Client;

        await feeEarnerClient.PostTimeAsync(new { matterId = matter, minutes = 6, narrative = "Call", userId = firm.Owner.Id }).ExpectAsync(403);
        var own = await feeEarnerClient.PostTimeAsync(new { matterId = matter, minutes = 6, narrative = "Call" }).ExpectJsonAsync(201);
        var forThem = await secretary.PostTimeAsync(new { matterId = matter, minutes = 12, narrative = "Dictation", userId = feeEarner.Id }).ExpectJsonAsync(201);

        Assert.Equal(feeEarner.Id, own.GetProperty("userId").GetGuid());
        Assert.Equal(feeEarner.Id, forThem.GetProperty("userId").GetGuid());
        Assert.NotEqual(feeEarner.Id, forThem.GetProperty("recordedByUserId").GetGuid());
        Assert.Equal(Iso(Today), own.Str("date"));
    }

    [Fact]
    public async Task Only_an_administrator_changes_billing_settings_and_only_partners_approve_time()
    {
        var firm = await TestFirm.CreateAsync(app);
        var partner = (await firm.SignInAsync(await firm.AddUserAsync("partner"))).Client;
        var feeEarner = (await firm.SignInAsync(await firm.AddUserAsync("feeEarner"))).Client;
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var settings = await partner.GetAsync("/api/v1/billing/settings").ExpectAsync(200);
        await partner.PatchJsonAsync("/api/v1/billing/settings", new { requireTimeApproval = true }, settings.ETag()).ExpectAsync(403);
        await firm.PatchSettingsAsync(new { requireTimeApproval = true });

        var entry = await firm.RecordTimeAsync(matter, 30, as_: feeEarner);
        Assert.Equal("pending", entry.Str("approval"));
        await feeEarner.PostAsJsonAsync("/api/v1/time-entries/approve", new { ids = new[] { entry.Id() } }).ExpectAsync(403);
        var approved = await partner.PostAsJsonAsync("/api/v1/time-entries/approve", new { ids = new[] { entry.Id() } }).ExpectJsonAsync(200);

        Assert.Equal("approved", Assert.Single(approved.Items()).Str("approval"));
        Assert.Single((await firm.Admin.GetAsync("/api/v1/time-entries?approval=approved").ExpectJsonAsync(200)).Items());
    }
}
