using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="ElapsedSeconds">Time on the timer as of the answer, including the current run.</param>
public sealed record TimerDto(Guid Id, Guid? MatterId, string? MatterReference, string? MatterTitle, string? Narrative, string? ActivityCode,
    TimerState State, DateTime? RunningSince, long ElapsedSeconds, DateTime CreatedAt, int Version);

public sealed record StartTimerRequest(Guid? MatterId = null, [property: MaxLength(4000)] string? Narrative = null, [property: MaxLength(20)] string? ActivityCode = null);

/// <summary>What to record on stopping, when the timer does not already say it.</summary>
public sealed record StopTimerRequest(Guid? MatterId = null, [property: MaxLength(4000)] string? Narrative = null, [property: MaxLength(20)] string? ActivityCode = null,
    DateOnly? Date = null, string? Billability = null);

/// <summary>
/// A user's own stopwatches: several at once, at most one running (starting or resuming one pauses the others).
/// Stopping records the elapsed time, rounded up to a whole minute, as a time entry and removes the timer.
/// Another user's timer is simply not found.
/// </summary>
public sealed class TimersHandler(AppDbContext db, CurrentUser me, TimeEntryRules rules, RecordTimeHandler record, TimeProvider clock)
{
    public async Task<IReadOnlyList<TimerDto>> ListAsync(CancellationToken ct)
    {
        var mine = me.Id;
        var timers = await db.Set<WorkTimer>().AsNoTracking().Where(t => t.UserId == mine).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(ct);
        return await ToDtosAsync(timers, ct);
    }

    public async Task<TimerDto> StartAsync(StartTimerRequest request, CancellationToken ct)
    {
        if (request.MatterId is { } matterId && matterId != Guid.Empty)
            await rules.LiveMatterAsync(matterId, ct);
        var now = Now;
        await PauseOthersAsync(null, now, ct);
        var timer = new WorkTimer
        {
            UserId = me.Id, MatterId = request.MatterId is { } m && m != Guid.Empty ? m : null, Narrative = Text(request.Narrative),
            ActivityCode = TimeEntryFields.Code(request.ActivityCode, "activityCode"), State = TimerState.Running, RunningSince = now, CreatedAt = now, Version = 1,
        };
        db.Add(timer);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([timer], ct))[0];
    }

    public async Task<TimerDto> PauseAsync(Guid id, CancellationToken ct)
    {
        var timer = await LoadAsync(id, ct);
        Pause(timer, Now);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([timer], ct))[0];
    }

    public async Task<TimerDto> ResumeAsync(Guid id, CancellationToken ct)
    {
        var timer = await LoadAsync(id, ct);
        if (timer.State != TimerState.Running)
        {
            var now = Now;
            await PauseOthersAsync(timer.Id, now, ct);
            (timer.State, timer.RunningSince) = (TimerState.Running, now);
            timer.Version++;
            await db.SaveChangesAsync(ct);
        }
        return (await ToDtosAsync([timer], ct))[0];
    }

    /// <summary>Records the time and removes the timer in one save.</summary>
    public async Task<TimeEntryDto> StopAsync(Guid id, StopTimerRequest request, CancellationToken ct)
    {
        var timer = await LoadAsync(id, ct);
        var matterId = request.MatterId is { } m && m != Guid.Empty ? m : timer.MatterId;
        var narrative = Text(request.Narrative) ?? timer.Narrative;
        var errors = new Dictionary<string, string[]>();
        if (matterId is null)
            errors["matterId"] = ["Choose the matter the time is for."];
        if (narrative is null)
            errors["narrative"] = ["Say what the time was spent on."];
        if (errors.Count > 0)
            throw new RequestValidationException(errors);
        var seconds = Elapsed(timer, Now);
        var minutes = (int)Math.Max(1, (seconds + 59) / 60);
        db.Remove(timer);
        return await record.HandleAsync(new RecordTimeRequest(matterId!.Value, request.Date, minutes, narrative!,
            Text(request.ActivityCode) ?? timer.ActivityCode, Billability: request.Billability), ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.Remove(await LoadAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    public static long Elapsed(WorkTimer t, DateTime now) =>
        t.ElapsedSeconds + (t.State == TimerState.Running && t.RunningSince is { } since ? Math.Max(0, (long)(now - since).TotalSeconds) : 0);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<WorkTimer> LoadAsync(Guid id, CancellationToken ct)
    {
        var mine = me.Id;
        return await db.Set<WorkTimer>().SingleOrDefaultAsync(t => t.Id == id && t.UserId == mine, ct) ?? throw new NotFoundException("Timer");
    }

    private async Task PauseOthersAsync(Guid? except, DateTime now, CancellationToken ct)
    {
        var mine = me.Id;
        foreach (var running in await db.Set<WorkTimer>().Where(t => t.UserId == mine && t.State == TimerState.Running && t.Id != except).ToListAsync(ct))
            Pause(running, now);
    }

    private static void Pause(WorkTimer timer, DateTime now)
    {
        if (timer.State != TimerState.Running)
            return;
        timer.ElapsedSeconds = Elapsed(timer, now);
        (timer.State, timer.RunningSince) = (TimerState.Paused, null);
        timer.Version++;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<List<TimerDto>> ToDtosAsync(List<WorkTimer> timers, CancellationToken ct)
    {
        var ids = timers.Where(t => t.MatterId is not null).Select(t => t.MatterId!.Value).Distinct().ToList();
        var matters = ids.Count == 0 ? [] : await db.Set<Matter>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference, m.Title }).ToDictionaryAsync(m => m.Id, ct);
        var now = Now;
        return timers.Select(t =>
        {
            var matter = t.MatterId is { } id ? matters.GetValueOrDefault(id) : null;
            return new TimerDto(t.Id, t.MatterId, matter?.Reference, matter?.Title, t.Narrative, t.ActivityCode, t.State, t.RunningSince,
                Elapsed(t, now), t.CreatedAt, t.Version);
        }).ToList();
    }
}
