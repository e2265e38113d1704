using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Only the fields present change; "activityCode" or "taskCode" in <see cref="Clear"/> empties it.</summary>
public sealed record UpdateTimeEntryRequest(
    DateOnly? Date = null,
    [property: Range(1, BillingRules.MaxMinutesPerEntry, ErrorMessage = "Enter between 1 and 1440 minutes.")] int? Minutes = null,
    [property: MaxLength(4000)] string? Narrative = null,
    [property: MaxLength(20)] string? ActivityCode = null,
    [property: MaxLength(20)] string? TaskCode = null,
    bool? Billable = null,
    string? Billability = null,
    Guid? UserId = null,
    string[]? Clear = null);

/// <summary>
/// Changes unbilled time and values it again at the rate on its (possibly new) day. Time on a bill, or written
/// off, is refused (409 time.billed); so is anything dated in the locked period.
/// </summary>
public sealed class UpdateTimeEntryHandler(AppDbContext db, TenantGuard guard, CurrentUser me, TimeEntryRules rules, ActivityCodesHandler codes, BillingSettingsHandler settings, AuditLog audit, TimeProvider clock)
{
    public async Task<TimeEntry> LoadEditableAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.Set<TimeEntry>().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw await guard.NotFoundAsync<TimeEntry>(id, ct);
        if (entry.Status != WipStatus.Unbilled)
            throw new ConflictException("time.billed", entry.Status == WipStatus.WrittenOff
                ? "This time has been written off and can no longer be changed."
                : "This time is on a bill and can no longer be changed.");
        var actor = await me.LoadAsync(ct);
        BillingAccess.EnsureMayRecordFor(actor, entry.UserId);
        await rules.EnsureOpenPeriodAsync(entry.Date, ct);
        return entry;
    }

    public async Task<TimeEntryDto> HandleAsync(Guid id, UpdateTimeEntryRequest request, int? expectedVersion, CancellationToken ct)
    {
        var entry = await LoadEditableAsync(id, ct);
        if (expectedVersion is { } v && v != entry.Version)
            throw new PreconditionException(412, "This time entry was changed since you loaded it. Reload and try again.");
        var clear = (request.Clear ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (clear.FirstOrDefault(c => c is not ("activityCode" or "taskCode")) is { } bad)
            throw new RequestValidationException("clear", $"'{bad}' cannot be cleared. Clear activityCode or taskCode.");

        var before = (entry.Date, entry.Minutes, entry.UserId, entry.ValueMinor);
        if (request.Date is { } date && date != default)
            entry.Date = date;
        if (request.Minutes is { } minutes)
            entry.Minutes = TimeEntryFields.Minutes(minutes);
        if (request.Narrative is not null)
            entry.Narrative = TimeEntryFields.Narrative(request.Narrative);
        entry.ActivityCode = clear.Contains("activityCode") ? null : TimeEntryFields.Code(request.ActivityCode, "activityCode") ?? entry.ActivityCode;
        entry.TaskCode = clear.Contains("taskCode") ? null : TimeEntryFields.Code(request.TaskCode, "taskCode") ?? entry.TaskCode;
        await codes.EnsureKnownAsync(entry.ActivityCode, entry.TaskCode, ct);
        entry.Billability = TimeEntryFields.Billability(request.Billable, request.Billability) ?? entry.Billability;
        if (request.UserId is { } userId && userId != Guid.Empty && userId != entry.UserId)
        {
            BillingAccess.EnsureMayRecordFor(await me.LoadAsync(ct), userId);
            await MatterLookups.EnsureActiveUserAsync(db, userId, "userId", ct);
            entry.UserId = userId;
        }

        await rules.EnsureOpenPeriodAsync(entry.Date, ct);
        var matter = await rules.LiveMatterAsync(entry.MatterId, ct);
        if (entry.Minutes > before.Minutes)
            await rules.EnsureDueDiligenceAsync(matter, entry.Minutes, entry.Id, ct);
        await rules.ValueAsync(entry, ct);
        if (entry.Approval == TimeApproval.Approved && (await settings.GetAsync(ct)).RequireTimeApproval)
        {
            entry.Approval = TimeApproval.Pending; // a changed entry is approved again
            entry.ApprovedByUserId = null;
        }
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        entry.Version++;
        audit.Record(AuditAction.TimeUpdated, "TimeEntry", entry.Id, details: new
        {
            matterId = entry.MatterId, from = new { before.Date, before.Minutes, before.UserId, before.ValueMinor },
            to = new { entry.Date, entry.Minutes, entry.UserId, entry.ValueMinor },
        });
        await db.SaveChangesAsync(ct);
        return TimeEntryDto.From(entry);
    }
}

/// <summary>Deletes unbilled time outside the locked period.</summary>
public sealed class DeleteTimeEntryHandler(AppDbContext db, UpdateTimeEntryHandler update, AuditLog audit)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var entry = await update.LoadEditableAsync(id, ct);
        db.Remove(entry);
        audit.Record(AuditAction.TimeDeleted, "TimeEntry", entry.Id, details: new { matterId = entry.MatterId, entry.Date, entry.Minutes, entry.ValueMinor });
        await db.SaveChangesAsync(ct);
    }
}
