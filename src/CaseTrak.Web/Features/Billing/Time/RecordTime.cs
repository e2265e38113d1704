using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Date">The day the work was done; today (UK) when left out.</param>
/// <param name="Billability">billable, nonBillable or noCharge; or send <paramref name="Billable"/>. Billable by default.</param>
/// <param name="UserId">The fee earner whose time it is; the caller by default.</param>
public sealed record RecordTimeRequest(
    Guid MatterId,
    DateOnly? Date,
    [property: Range(1, BillingRules.MaxMinutesPerEntry, ErrorMessage = "Enter between 1 and 1440 minutes.")] int Minutes,
    [property: Required(ErrorMessage = "Say what the time was spent on."), MaxLength(4000)] string Narrative,
    [property: MaxLength(20)] string? ActivityCode = null,
    [property: MaxLength(20)] string? TaskCode = null,
    bool? Billable = null,
    string? Billability = null,
    Guid? UserId = null);

/// <summary>Records time with its rate and value as they stand on the day of the work.</summary>
public sealed class RecordTimeHandler(AppDbContext db, CurrentUser me, TimeEntryRules rules, ActivityCodesHandler codes, BillingSettingsHandler settings, AuditLog audit, TimeProvider clock)
{
    public async Task<TimeEntryDto> HandleAsync(RecordTimeRequest request, CancellationToken ct)
    {
        if (request.MatterId == Guid.Empty)
            throw new RequestValidationException("matterId", "Choose the matter the time is for.");
        var minutes = TimeEntryFields.Minutes(request.Minutes);
        var narrative = TimeEntryFields.Narrative(request.Narrative);
        var activity = TimeEntryFields.Code(request.ActivityCode, "activityCode");
        var task = TimeEntryFields.Code(request.TaskCode, "taskCode");
        var billability = TimeEntryFields.Billability(request.Billable, request.Billability) ?? Billing.Billability.Billable;
        await codes.EnsureKnownAsync(activity, task, ct);
        var actor = await me.LoadAsync(ct);
        var feeEarner = request.UserId is { } u && u != Guid.Empty ? u : actor.Id;
        BillingAccess.EnsureMayRecordFor(actor, feeEarner);
        if (feeEarner != actor.Id)
            await MatterLookups.EnsureActiveUserAsync(db, feeEarner, "userId", ct);

        var matter = await rules.LiveMatterAsync(request.MatterId, ct);
        var date = request.Date ?? BillingDisplay.Today(clock);
        await rules.EnsureOpenPeriodAsync(date, ct);
        await rules.EnsureDueDiligenceAsync(matter, minutes, null, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new TimeEntry
        {
            MatterId = matter.Id, UserId = feeEarner, RecordedByUserId = actor.Id, Date = date, Minutes = minutes, Narrative = narrative,
            ActivityCode = activity, TaskCode = task, Billability = billability, Status = WipStatus.Unbilled,
            Approval = (await settings.GetAsync(ct)).RequireTimeApproval ? TimeApproval.Pending : TimeApproval.NotRequired,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        await rules.ValueAsync(entry, ct);
        db.Add(entry);
        audit.Record(AuditAction.TimeRecorded, "TimeEntry", entry.Id, details: new
        {
            matterId = matter.Id, userId = feeEarner, date, minutes, entry.Units, entry.RateMinor, entry.ValueMinor,
        });
        await db.SaveChangesAsync(ct);
        return TimeEntryDto.From(entry);
    }
}
