using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Billing.Time;

public sealed class TimerTests(TestApp app)
{
    [Fact]
    public async Task Starting_or_resuming_a_timer_pauses_the_one_that_was_running()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();

        var first = await firm.Admin.PostAsJsonAsync("/api/v1/timers", new { matterId = matter, narrative = "Drafting" }).ExpectJsonAsync(201);
        var second = await firm.Admin.PostAsJsonAsync("/api/v1/timers", new { }).ExpectJsonAsync(201);
        Assert.Equal("running", second.Str("state"));
        Assert.Equal(["paused", "running"], await States());

        await firm.Admin.PostAsync($"/api/v1/timers/{first.Id()}/resume", null).ExpectAsync(200);
        Assert.Equal(["running", "paused"], await States());
        await firm.Admin.PostAsync($"/api/v1/timers/{first.Id()}/pause", null).ExpectAsync(200);
        Assert.Equal(["paused", "paused"], await States());
        await firm.Admin.DeleteAsync($"/api/v1/timers/{second.Id()}").ExpectAsync(204);
        Assert.Equal(["paused"], await States());

        async Task<List<string>> States() =>
            (await firm.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items().Select(t => t.Str("state")).ToList();
    }

    [Fact]
    public async Task Stopping_a_timer_records_its_time_rounded_up_to_the_minute_and_removes_it()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(30_000);
        var timer = await firm.Admin.PostAsJsonAsync("/api/v1/timers", new { narrative = "Reviewing the lease" }).ExpectJsonAsync(201);
        await firm.Admin.PostAsync($"/api/v1/timers/{timer.Id()}/pause", null).ExpectAsync(200);
        await firm.WithDbAsync(async db =>
        {
            var row = await db.Set<WorkTimer>().SingleAsync(t => t.Id == timer.Id());
            row.ElapsedSeconds = 61 * 60 + 1; // a run banked earlier: 61 minutes and a second
            return await db.SaveChangesAsync();
        });

        var noMatter = await firm.Admin.PostAsync($"/api/v1/timers/{timer.Id()}/stop", null).ExpectJsonAsync(400);
        Assert.True(noMatter.GetProperty("errors").TryGetProperty("matterId", out _));
        var entry = await firm.Admin.PostAsJsonAsync($"/api/v1/timers/{timer.Id()}/stop", new { matterId = matter }).ExpectJsonAsync(201);

        Assert.Equal((62, 11, "Reviewing the lease"), (entry.Int("minutes"), entry.Int("units"), entry.Str("narrative")));
        Assert.Equal(33_000, entry.Long("valueMinor"));
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items());
        Assert.Single((await firm.Admin.GetAsync($"/api/v1/time-entries?matterId={matter}").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Another_users_timer_is_not_found()
    {
        var firm = await TestFirm.CreateAsync(app);
        var colleague = (await firm.SignInAsync(await firm.AddUserAsync("feeEarner"))).Client;
        var timer = await firm.Admin.PostAsJsonAsync("/api/v1/timers", new { narrative = "Call" }).ExpectJsonAsync(201);

        await colleague.PostAsync($"/api/v1/timers/{timer.Id()}/pause", null).ExpectAsync(404);
        await colleague.DeleteAsync($"/api/v1/timers/{timer.Id()}").ExpectAsync(404);

        Assert.Empty((await colleague.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items());
        Assert.Equal("running", Assert.Single((await firm.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items()).Str("state"));
    }
}
